/// A typed identifier: a string that cannot be mixed up with an identifier of another kind.
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tags of the identifier kinds; never instantiated.
public enum IdentifierTag {
    public enum Person {}
    public enum Session {}
    public enum Flow {}
    public enum Step {}
    public enum Parameter {}
    public enum Standard {}
}

/// A person's numeric login code (PM-08 §8.5.2).
public typealias PersonCode = Identifier<IdentifierTag.Person>
/// A handled contact.
public typealias SessionID = Identifier<IdentifierTag.Session>
/// A flow of `knowledge/flows/`.
public typealias FlowID = Identifier<IdentifierTag.Flow>
/// A step inside one flow.
public typealias StepID = Identifier<IdentifierTag.Step>
/// A parameter of a service standard, e.g. `147-O1`.
public typealias ParameterID = Identifier<IdentifierTag.Parameter>
/// A service standard, e.g. `DRAFT-147-T1`.
public typealias StandardID = Identifier<IdentifierTag.Standard>
