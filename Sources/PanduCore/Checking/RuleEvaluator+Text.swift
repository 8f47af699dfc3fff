extension RuleEvaluator {
    /// Fills the placeholders of an evidence or suggestion text with this contact's values.
    func fill(_ text: String, found: String = "", closing: Bool = false) -> String {
        guard text.utf8.contains(0x7B) else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.utf8.firstIndex(of: 0x7B), let close = rest.utf8[open...].firstIndex(of: 0x7D) {
            out.append(contentsOf: rest[..<open])
            let name = String(rest[rest.utf8.index(after: open)..<close])
            if let v = value(of: name, found: found, closing: closing) {
                out.append(v)
            } else {
                out.append("{" + name + "}")
            }
            rest = rest[rest.utf8.index(after: close)...]
        }
        out.append(contentsOf: rest)
        return out
    }

    private func value(of name: String, found: String, closing: Bool) -> String? {
        // Fields read in place: a local copy of the bindings or the transcript retains every field.
        switch name {
        case "greeting_time":
            return (closing ? contact.bindings.closingGreeting : contact.bindings.openingGreeting)
                ?? "pagi/siang/sore/malam"
        case "local_time": return contact.bindings.localTime ?? "(waktu tidak diketahui)"
        case "closing_time": return contact.bindings.closingTime ?? contact.bindings.localTime ?? "(waktu tidak diketahui)"
        case "timezone": return contact.bindings.timezone ?? ""
        case "honorific": return written ? "Kak" : "Bapak/Ibu"
        case "customer_name": return contact.transcript.customerName ?? "[nama pelanggan]"
        case "agent_name": return contact.transcript.agentName
        case "ticket_id": return contact.transcript.context["ticket_id"]?.stringValue ?? "[nomor tiket]"
        case "found": return found.isEmpty ? "kata yang tidak baku" : found
        case "phone_area": return "nomor dengan kode area"
        case "phone": return "nomor telepon"
        case "money": return "nominal"
        case "nik": return "NIK"
        case "lokasi": return "[lokasi]"
        case "number": return "[angka]"
        case "sla_phrase": return "estimasi waktu"
        case "initials": return "inisial"
        case "start": return ""
        case "any_greeting_word", "wrong_greeting_time": return "pagi/siang/sore/malam"
        default:
            return tables.conventions.macros[name]?.first.map { fill($0, found: found, closing: closing) }
        }
    }
}
