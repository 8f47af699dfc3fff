extension CheckerBuilder {
    /// Compiles every parameter of `standard`.
    mutating func compile(_ standard: Standard) throws -> CompiledStandard {
        var parameters: [CompiledParameter] = []
        var probe: [PatternProgram] = []
        for spec in standard.parameters {
            place = "\(standard.id) \(spec.id)"
            let rule = spec.manual ? CompiledRule.manual : try compile(spec.check)
            if case .phrases(let r) = rule {
                probe += (r.any + r.all).flatMap(\.set.programs)
            }
            parameters.append(
                CompiledParameter(
                    spec: spec, rule: rule, when: try spec.when.map { try condition($0) },
                    naWhen: try spec.naWhen.map { try condition($0) }))
        }
        var unique: [ObjectIdentifier: PatternProgram] = [:]
        for program in probe { unique[ObjectIdentifier(program)] = program }
        let sets = unique.values.sorted { $0.source < $1.source }
        let location = parameters.contains { p in
            guard case .phrases(let r) = p.rule else { return false }
            return (r.any + r.all).contains { g in
                g.set.programs.contains { $0.ops.contains { if case .slot(.lokasi) = $0 { true } else { false } } }
            }
        }
        return CompiledStandard(standard: standard, parameters: parameters, typoProbe: sets, usesLocation: location)
    }

    private mutating func compile(_ check: ParameterCheck) throws -> CompiledRule {
        switch check {
        case .phrases(let p): return .phrases(try compile(p))
        case .forbidden(let f): return .forbidden(try compile(f))
        case .holdDuration(let seconds): return .holdDuration(seconds)
        case .responseTime(let r): return .responseTime(r)
        case .facts(let f): return .facts(f)
        case .manual: return .manual
        case .disclosureOrder(let d):
            return .disclosure(
                CompiledDisclosure(
                    disclosure: try set(d.disclosure, phrase: false), requires: try set(d.requires, phrase: true),
                    confirmedByCustomer: d.confirmedByCustomer,
                    satisfiedWhen: try d.satisfiedWhen.map { try condition($0) },
                    violatedWhen: try d.violatedWhen.map { try condition($0) }))
        }
    }

    private mutating func compile(_ p: PhraseCheck) throws -> CompiledPhraseRule {
        let any = try p.requiredAny.map { try group($0, phrase: true) }
        let all = try p.requiredAll.map { try group($0, phrase: true) }
        let required = (p.requiredAny + p.requiredAll).flatMap(\.patterns)
        let notAccepted = try p.notAccepted + notAccepted(required)
        return CompiledPhraseRule(
            window: p.window, any: any, all: all, minCount: p.minCount,
            failIfAny: try p.failIfAny.map { try group($0, phrase: false) },
            notAccepted: try set(notAccepted, phrase: false), before: try set(p.before, phrase: false),
            whenMissing: p.whenMissing, hangupNeeds: try set(p.agentHangupNeeds, phrase: true),
            diagnose: try p.diagnose.map { (try set([$0.pattern], phrase: false), $0.evidence) },
            anchor: PatternSet((any + all).flatMap(\.set.programs)))
    }

    private mutating func compile(_ f: ForbiddenCheck) throws -> CompiledForbidden {
        var written: WrittenRules?
        for ref in f.lists { if let rules = try list(ref)?.written { written = rules } }
        let lists = try set(f.lists, phrase: false)
        var singles: Set<UInt32> = []
        for program in lists.programs where program.literals.count == 1 && program.ops.count == 2 {
            singles.formUnion(program.literals[0].ids)
        }
        return CompiledForbidden(
            window: f.window, lists: lists, firstTurn: try set(f.firstTurnLists, phrase: false), singleWords: singles,
            written: written, typos: f.typos, writtenTables: written.map(WrittenTables.init))
    }
}
