/// Calendar arithmetic on fixed UTC offsets (Indonesia keeps no daylight saving), without Foundation's
/// Calendar so that hot paths stay allocation-free and the results do not depend on the host's zone.
public enum CivilTime {
    /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day count from 1970-01-01 (Hinnant's `civil_from_days`).
    public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Epoch seconds of a local wall-clock time at `utcOffsetSeconds` east of UTC.
    public static func epoch(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffsetSeconds: Int = 0
    ) -> Int64 {
        let local = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Int64(local - utcOffsetSeconds)
    }

    /// Epoch seconds of local midnight starting the day that contains `epoch`.
    public static func startOfDay(_ epoch: Int64, utcOffsetSeconds: Int) -> Int64 {
        let local = epoch + Int64(utcOffsetSeconds)
        return local - floorMod(local, 86_400) - Int64(utcOffsetSeconds)
    }

    /// Epoch seconds of local midnight of the first day of the month that contains `epoch`.
    public static func startOfMonth(_ epoch: Int64, utcOffsetSeconds: Int) -> Int64 {
        let d = localDate(epoch, utcOffsetSeconds: utcOffsetSeconds)
        return self.epoch(year: d.year, month: d.month, day: 1, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The local date of an instant.
    public static func localDate(_ epoch: Int64, utcOffsetSeconds: Int) -> (year: Int, month: Int, day: Int) {
        let local = epoch + Int64(utcOffsetSeconds)
        return date(days: Int((local - floorMod(local, 86_400)) / 86_400))
    }

    /// `value mod divisor` in `0..<divisor`, also for instants before 1970.
    static func floorMod(_ value: Int64, _ divisor: Int64) -> Int64 {
        let r = value % divisor
        return r < 0 ? r + divisor : r
    }

    /// Reads `YYYY-MM-DD HH:MM:SS[.ffffff]` (or with `T`) as local time at the offset; nil if malformed.
    static func parse(
        _ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, utcOffsetSeconds: Int
    )
        -> (Int64, Int32)?
    {
        let r = ByteScan.trimmed(buf, range)
        guard r.count >= 19 else { return nil }
        let b = r.lowerBound
        func num(_ at: Int, _ len: Int) -> Int? { ByteScan.digits(buf, (b + at)..<(b + at + len)) }
        let separatorsOK =
            buf[b + 4] == UInt8(ascii: "-") && buf[b + 7] == UInt8(ascii: "-")
            && (buf[b + 10] == ByteScan.space || buf[b + 10] == UInt8(ascii: "T"))
            && buf[b + 13] == UInt8(ascii: ":") && buf[b + 16] == UInt8(ascii: ":")
        guard separatorsOK, let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
            let mi = num(14, 2), let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24,
            mi < 60, s < 61
        else { return nil }
        var micros: Int32 = 0
        if r.count > 19 {
            guard buf[b + 19] == UInt8(ascii: "."), let f = ByteScan.fraction(buf, (b + 20)..<r.upperBound)
            else { return nil }
            micros = f
        }
        let e = epoch(year: y, month: mo, day: d, hour: h, minute: mi, second: s, utcOffsetSeconds: utcOffsetSeconds)
        return (e, micros)
    }
}
