extension RuleEvaluator {
    /// Fills the placeholders of an evidence or suggestion text with this contact's values.
    /// Scans the UTF-8 bytes in place (the generic `String.UTF8View` searches cost about a thousand
    /// instructions a call); placeholders are ASCII, so cutting at their braces keeps every character whole.
    func fill(_ text: String, found: String = "", closing: Bool = false) -> String {
        var bytes = text
        return bytes.withUTF8 { u -> String in
            guard let firstOpen = u.firstIndex(of: 0x7B) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 32)
            var i = 0
            var open = firstOpen
            while true {
                guard let close = u[open...].firstIndex(of: 0x7D) else { break }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<open]))
                let name = String(decoding: UnsafeBufferPointer(rebasing: u[(open + 1)..<close]), as: UTF8.self)
                if let v = value(of: name, found: found, closing: closing) {
                    out.append(contentsOf: v.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[open...close]))
                }
                i = close + 1
                guard let next = u[i...].firstIndex(of: 0x7B) else { break }
                open = next
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private func value(of name: String, found: String, closing: Bool) -> String? {
        // Fields read in place: a local copy of the bindings or the transcript retains every field.
        switch name {
        case "greeting_time":
            return (closing ? contact.bindings.closingGreeting : contact.bindings.openingGreeting)
                ?? "pagi/siang/sore/malam"
        case "local_time": return contact.bindings.localTime ?? "(waktu tidak diketahui)"
        case "closing_time":
            return contact.bindings.closingTime ?? contact.bindings.localTime ?? "(waktu tidak diketahui)"
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
