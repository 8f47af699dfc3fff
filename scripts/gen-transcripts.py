#!/usr/bin/env python3
"""Generate a deterministic, realistic mixed corpus of QC transcripts (JSON Lines on stdout).

Usage: scripts/gen-transcripts.py N [--seed S]

Every standard is represented (108, 147 Tier 1, 147 Tier 2 outbound, social media), as whole calls,
replies and snippets, with passes and typical faults (wrong greeting time, missing steps, informal
words, holds without permission, long holds, wrong numbers, privacy breaches). Standard library only;
the same N and seed always give the same bytes.
"""
import json
import random
import sys

AGENTS = ["Rina", "Dimas", "Sinta", "Agus", "Nadia", "Dewi", "Bayu", "Putri", "Fajar", "Wulan"]
CUSTOMERS = ["Budi", "Sari", "Hendra", "Rahma", "Joko", "Wati", "Andi", "Maya", "Lestari", "Yusuf"]
ZONES = ["WIB", "WIB", "WIB", "WITA", "WIT"]
PLACES = [("RS Harapan Kita", "Jakarta", "021"), ("Hotel Santika", "Yogyakarta", "0274"),
          ("Polres Bogor", "Bogor", "0251"), ("Dinas Kependudukan", "Bandung", "022"),
          ("Bank Mandiri", "Surabaya", "031"), ("Kantor Pos", "Makassar", "0411"), ("RSUD Dok II", "Jayapura", "0967")]
INFORMAL = ["oke", "bentar ya", "udah", "gimana", "aja", "nggak", "sip"]
DIGITS = ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def greeting(minute):
    if minute == 0 or minute > 1080:
        return "malam"
    if minute <= 600:
        return "pagi"
    if minute <= 900:
        return "siang"
    return "sore"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def chance(self, p):
        return self.r.random() < p

    def clock(self):
        m = self.r.randrange(7 * 60, 22 * 60)
        return m, "%02d:%02d" % (m // 60, m % 60)

    def greet(self, minute):
        g = greeting(minute)
        if self.chance(0.08):
            return self.r.choice([w for w in ("pagi", "siang", "sore", "malam") if w != g])
        return g

    def hold(self, turns, honorific):
        if self.chance(0.15):
            turns.append(agent(self.r.choice(["Tunggu ya, " + honorific + ".", "Saya cek dulu."])))
        else:
            turns.append(agent("Mohon izin, apakah " + honorific + " bersedia menunggu sebentar? Saya cek terlebih dahulu."))
            turns.append(customer("Silakan."))
        turns.append({"speaker": "event", "event": "hold", "seconds": self.r.choice([30, 45, 60, 90, 110, 150])})
        turns.append(agent("Terima kasih telah menunggu, " + honorific + "." if self.chance(0.85) else "Oke, " + honorific + "."))

    def spoken(self, digits):
        return " ".join(DIGITS[int(d)] for d in digits)

    def t108(self, i):
        minute, local = self.clock()
        name = self.r.choice(AGENTS)
        place, city, area = self.r.choice(PLACES)
        number = "".join(self.r.choice("123456789") for _ in range(7))
        listed = not self.chance(0.05)
        honorific = self.r.choice(["Bapak", "Ibu"])
        g = self.greet(minute)
        turns = [agent("Selamat %s, layanan informasi 108 Telkom, dengan %s. Ada yang bisa saya bantu?" % (g, name))]
        turns.append(customer("Saya mau minta nomor telepon %s di %s." % (place, city)))
        if self.chance(0.85):
            turns.append(agent("Baik, %s, nomor telepon %s di %s, ya?" % (honorific, place, city)))
            turns.append(customer("Iya, betul."))
        if self.chance(0.5):
            self.hold(turns, honorific)
        said = number if not self.chance(0.05) else number[::-1]
        if self.chance(0.3):
            text = "Nomor telepon %s adalah %s. Saya ulangi, %s. Apakah sudah dicatat?" % (place, self.spoken(area + said), self.spoken(area + said))
        elif self.chance(0.85):
            text = "Nomor telepon %s adalah (%s) %s. Saya ulangi, %s %s. Apakah sudah dicatat?" % (place, area, said, area, said)
        else:
            text = "Nomornya %s." % said
        if self.chance(0.1):
            text = self.r.choice(INFORMAL).capitalize() + ", " + text
        turns.append(agent(text))
        turns.append(customer("Sudah, terima kasih."))
        turns.append(agent("Apakah ada informasi lain yang bisa saya bantu?" if self.chance(0.9) else "Udah ya?"))
        turns.append(customer("Tidak, cukup."))
        turns.append(agent("Terima kasih telah menghubungi layanan 108 Telkom. Selamat %s." % greeting(minute)))
        turns.append({"speaker": "event", "event": "call_end", "by": "agent"})
        ref = {"name": place, "city": city, "area_code": area, "number": number, "listed": listed}
        return base(i, "108", None, "voice", "full_call", local, name, None, {"reference": ref}, turns, self.r.choice(ZONES))

    def t147(self, i):
        minute, local = self.clock()
        name, cust = self.r.choice(AGENTS), self.r.choice(CUSTOMERS)
        honorific = self.r.choice(["Bapak", "Ibu"])
        complaint = self.chance(0.6)
        ticket = "IN%08d" % self.r.randrange(10 ** 8)
        turns = [agent("Selamat %s, Telkom 147, dengan %s. Ada yang bisa saya bantu?" % (self.greet(minute), name))]
        turns.append(customer("Internet saya mati sejak kemarin." if complaint else "Saya mau tanya tagihan bulan ini."))
        empathy = "Mohon maaf atas ketidaknyamanannya. " if complaint and self.chance(0.8) else ""
        turns.append(agent(empathy + "Boleh saya tahu dengan %s siapa saya berbicara?" % honorific))
        turns.append(customer("Saya %s." % cust))
        if self.chance(0.9):
            turns.append(agent("Baik, %s %s. Untuk verifikasi, mohon sebutkan nomor internet dan nama pemilik yang terdaftar." % (honorific, cust)))
            turns.append(customer("1312%08d atas nama %s." % (self.r.randrange(10 ** 8), cust)))
        if complaint:
            if self.chance(0.85):
                turns.append(agent("Sejak kapan kendalanya terjadi, dan bagaimana kondisi lampu indikator di modem?"))
                turns.append(customer("Sejak kemarin, lampu LOS merah."))
            if self.chance(0.6):
                self.hold(turns, honorific)
            sla = "paling lambat 1 x 24 jam" if self.chance(0.85) else "secepatnya"
            turns.append(agent("Laporan %s sudah saya buat dengan nomor tiket %s dan akan ditangani %s." % (honorific, ticket, sla)))
            if self.chance(0.05):
                turns.append(agent("Saya jamin besok pagi sudah normal, %s." % honorific))
        else:
            amount = self.r.choice([315000, 385000, 450000])
            turns.append(agent("Tagihan %s bulan ini sebesar Rp %s." % (honorific, "{:,}".format(amount).replace(",", "."))))
        turns.append(customer("Baik."))
        extra = " " + self.r.choice(INFORMAL) if self.chance(0.1) else ""
        turns.append(agent("Apakah ada hal lain yang bisa saya bantu, %s %s?%s" % (honorific, cust, extra)))
        turns.append(customer("Tidak."))
        turns.append(agent("Terima kasih %s %s telah menghubungi Telkom. Selamat %s." % (honorific, cust, greeting(minute))))
        turns.append({"speaker": "event", "event": "call_end", "by": "agent"})
        ctx = {"complaint": complaint, "ticket_created": complaint, "data_needed": True}
        if complaint:
            ctx["ticket_id"] = ticket
        return base(i, "147", "T1", "voice", "full_call", local, name, cust, ctx, turns, self.r.choice(ZONES))

    def t147t2(self, i):
        minute, local = self.clock()
        name, cust = self.r.choice(AGENTS), self.r.choice(CUSTOMERS)
        honorific = self.r.choice(["Bapak", "Ibu"])
        ticket = "IN%08d" % self.r.randrange(10 ** 8)
        right = not self.chance(0.1)
        turns = [agent("Selamat %s, perkenalkan saya %s dari Telkom. Apakah benar saya terhubung dengan %s %s?" % (self.greet(minute), name, honorific, cust))]
        if not right:
            turns.append(customer("Bukan, saya saudaranya."))
            turns.append(agent("Baik, terima kasih atas informasinya. Selamat %s." % greeting(minute)))
        else:
            turns.append(customer("Ya, saya sendiri."))
            turns.append(agent("Saya menghubungi %s untuk menindaklanjuti laporan dengan nomor tiket %s. Apakah %s berkenan meluangkan waktu sebentar?" % (honorific, ticket, honorific)))
            turns.append(customer("Boleh."))
            turns.append(agent("Mohon maaf atas ketidaknyamanannya. Untuk verifikasi, boleh disebutkan alamat pemasangannya?"))
            turns.append(customer("Jalan Kenanga 12."))
            turns.append(agent("Laporan %s sudah ditangani teknisi dan perbaikan sudah selesai. Apakah internetnya sudah normal kembali?" % honorific))
            turns.append(customer("Sudah."))
            turns.append(agent("Apakah ada hal lain yang bisa saya bantu?"))
            turns.append(customer("Tidak."))
            turns.append(agent("Terima kasih atas waktunya, %s %s. Selamat %s." % (honorific, cust, greeting(minute))))
        turns.append({"speaker": "event", "event": "call_end", "by": "agent"})
        ctx = {"complaint": True, "ticket_id": ticket, "right_party": right}
        return base(i, "147", "T2", "voice_outbound", "full_call", local, name, cust, ctx, turns, self.r.choice(ZONES))

    def sosmed(self, i):
        minute, local = self.clock()
        name, cust = self.r.choice(AGENTS), self.r.choice(CUSTOMERS)
        channel = self.r.choice(["twitter_public", "twitter_dm", "facebook_comment", "facebook_dm", "instagram_comment", "instagram_dm"])
        public = not channel.endswith("_dm")
        complaint = self.chance(0.7)
        opener = self.r.choice(["Halo", "Halo", "Hallo", "Selamat %s," % self.greet(minute)])
        parts = ["%s Kak %s," % (opener, cust)]
        if complaint and self.chance(0.85):
            parts.append("mohon maaf atas ketidaknyamanannya.")
        if public:
            parts.append("Agar dapat kami bantu cek, mohon informasikan nomor layanan melalui DM." if self.chance(0.9)
                         else "Mohon informasikan nomor layanan Kakak di sini.")
        else:
            parts.append("Mohon informasikan nomor layanan dan nomor HP yang terdaftar agar dapat kami cek.")
        if self.chance(0.1):
            parts.append(self.r.choice(["yg", "dgn", ":)", "wkwk"]))
        parts.append("Terima kasih." if self.chance(0.9) else "Makasih.")
        if self.chance(0.9):
            parts.append("-" + name)
        turns = [customer("@TelkomCare internet saya mati!" if complaint else "Min, mau tanya paket."), agent(" ".join(parts))]
        ctx = {"complaint": complaint, "first_response": True, "response_minutes": self.r.choice([3, 8, 12, 15, 20]),
               "final_reply": False, "channel_type": "public" if public else "private"}
        return base(i, "socmed", None, channel, "reply", local, name, cust, ctx, turns, self.r.choice(ZONES))


def agent(t):
    return {"speaker": "agent", "text": t}


def customer(t):
    return {"speaker": "customer", "text": t}


def base(i, service, tier, channel, scope, local, agent_name, customer_name, context, turns, zone):
    return {"id": "gen-%06d" % i, "service": service, "tier": tier, "channel": channel, "scope": scope,
            "local_time": local, "timezone": zone, "agent_name": agent_name, "customer_name": customer_name,
            "context": context, "turns": turns}


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args or not args[0].isdigit():
        sys.stderr.write("usage: gen-transcripts.py N [--seed S]\n")
        return 64
    seed = 42
    for a in argv[1:]:
        if a.startswith("--seed="):
            seed = int(a.split("=", 1)[1])
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
    gen = Gen(seed)
    kinds = [gen.t108, gen.t147, gen.t147, gen.t147t2, gen.sosmed, gen.sosmed]
    out = sys.stdout
    for i in range(int(args[0])):
        out.write(json.dumps(kinds[i % len(kinds)](i), ensure_ascii=False, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
