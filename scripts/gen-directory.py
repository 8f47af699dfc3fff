#!/usr/bin/env python3
"""Generate knowledge/directory/108-directory.csv: the fictitious 108 directory.

Deterministic (fixed seed, stdlib only): running it twice gives the same file byte for byte.
Cities, provinces and area codes are real; every organisation name, address and subscriber number is
invented. Government offices carry generic functional names; their numbers are fictitious too.

Usage: scripts/gen-directory.py [--out PATH] [--count N] [--seed N]
"""

import argparse
import csv
import io
import os
import random

# (city, province, area code, subscriber-number lengths, weight)
CITIES = [
    ("Jakarta Pusat", "DKI Jakarta", "021", (8,), 6),
    ("Jakarta Selatan", "DKI Jakarta", "021", (8,), 7),
    ("Jakarta Barat", "DKI Jakarta", "021", (8,), 5),
    ("Jakarta Timur", "DKI Jakarta", "021", (8,), 5),
    ("Jakarta Utara", "DKI Jakarta", "021", (8,), 4),
    ("Depok", "Jawa Barat", "021", (8,), 3),
    ("Bekasi", "Jawa Barat", "021", (8,), 4),
    ("Tangerang", "Banten", "021", (8,), 4),
    ("Tangerang Selatan", "Banten", "021", (8,), 3),
    ("Bogor", "Jawa Barat", "0251", (7,), 3),
    ("Bandung", "Jawa Barat", "022", (7, 8), 6),
    ("Cimahi", "Jawa Barat", "022", (7,), 2),
    ("Cirebon", "Jawa Barat", "0231", (6, 7), 2),
    ("Sukabumi", "Jawa Barat", "0266", (6,), 2),
    ("Tasikmalaya", "Jawa Barat", "0265", (6,), 2),
    ("Garut", "Jawa Barat", "0262", (6,), 1),
    ("Karawang", "Jawa Barat", "0267", (6,), 2),
    ("Serang", "Banten", "0254", (6,), 2),
    ("Cilegon", "Banten", "0254", (6,), 1),
    ("Semarang", "Jawa Tengah", "024", (7, 8), 5),
    ("Surakarta", "Jawa Tengah", "0271", (6,), 3),
    ("Magelang", "Jawa Tengah", "0293", (6,), 1),
    ("Purwokerto", "Jawa Tengah", "0281", (6,), 2),
    ("Tegal", "Jawa Tengah", "0283", (6,), 1),
    ("Pekalongan", "Jawa Tengah", "0285", (6,), 1),
    ("Kudus", "Jawa Tengah", "0291", (6,), 1),
    ("Yogyakarta", "DI Yogyakarta", "0274", (6,), 4),
    ("Surabaya", "Jawa Timur", "031", (7, 8), 6),
    ("Sidoarjo", "Jawa Timur", "031", (7, 8), 3),
    ("Gresik", "Jawa Timur", "031", (7,), 2),
    ("Malang", "Jawa Timur", "0341", (6, 7), 4),
    ("Kediri", "Jawa Timur", "0354", (6,), 2),
    ("Madiun", "Jawa Timur", "0351", (6,), 1),
    ("Jember", "Jawa Timur", "0331", (6,), 2),
    ("Banyuwangi", "Jawa Timur", "0333", (6,), 1),
    ("Probolinggo", "Jawa Timur", "0335", (6,), 1),
    ("Pasuruan", "Jawa Timur", "0343", (6,), 1),
    ("Mojokerto", "Jawa Timur", "0321", (6,), 1),
    ("Denpasar", "Bali", "0361", (6, 7), 4),
    ("Singaraja", "Bali", "0362", (5, 6), 1),
    ("Mataram", "Nusa Tenggara Barat", "0370", (6,), 2),
    ("Kupang", "Nusa Tenggara Timur", "0380", (6,), 2),
    ("Medan", "Sumatera Utara", "061", (7, 8), 6),
    ("Pematangsiantar", "Sumatera Utara", "0622", (6,), 1),
    ("Banda Aceh", "Aceh", "0651", (6,), 2),
    ("Lhokseumawe", "Aceh", "0645", (5, 6), 1),
    ("Padang", "Sumatera Barat", "0751", (6,), 3),
    ("Bukittinggi", "Sumatera Barat", "0752", (5, 6), 1),
    ("Pekanbaru", "Riau", "0761", (6, 7), 3),
    ("Batam", "Kepulauan Riau", "0778", (6, 7), 3),
    ("Tanjungpinang", "Kepulauan Riau", "0771", (6,), 1),
    ("Jambi", "Jambi", "0741", (6,), 2),
    ("Palembang", "Sumatera Selatan", "0711", (6, 7), 4),
    ("Bengkulu", "Bengkulu", "0736", (6,), 1),
    ("Bandar Lampung", "Lampung", "0721", (6, 7), 3),
    ("Pangkalpinang", "Kepulauan Bangka Belitung", "0717", (6,), 1),
    ("Pontianak", "Kalimantan Barat", "0561", (6, 7), 3),
    ("Palangka Raya", "Kalimantan Tengah", "0536", (6, 7), 1),
    ("Banjarmasin", "Kalimantan Selatan", "0511", (6, 7), 3),
    ("Balikpapan", "Kalimantan Timur", "0542", (6, 7), 3),
    ("Samarinda", "Kalimantan Timur", "0541", (6, 7), 3),
    ("Tarakan", "Kalimantan Utara", "0551", (5, 6), 1),
    ("Makassar", "Sulawesi Selatan", "0411", (6, 7), 5),
    ("Parepare", "Sulawesi Selatan", "0421", (5, 6), 1),
    ("Manado", "Sulawesi Utara", "0431", (6, 7), 3),
    ("Palu", "Sulawesi Tengah", "0451", (6,), 2),
    ("Kendari", "Sulawesi Tenggara", "0401", (6, 7), 2),
    ("Gorontalo", "Gorontalo", "0435", (6,), 1),
    ("Mamuju", "Sulawesi Barat", "0426", (5, 6), 1),
    ("Ambon", "Maluku", "0911", (6,), 2),
    ("Ternate", "Maluku Utara", "0921", (5, 6), 1),
    ("Jayapura", "Papua", "0967", (6,), 2),
    ("Sorong", "Papua Barat Daya", "0951", (6,), 1),
    ("Manokwari", "Papua Barat", "0986", (6,), 1),
    ("Merauke", "Papua Selatan", "0971", (6,), 1),
    ("Timika", "Papua Tengah", "0901", (6,), 1),
]

STREETS = [
    "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Gatot Subroto", "Jl. Merdeka",
    "Jl. Pahlawan", "Jl. Gajah Mada", "Jl. Hayam Wuruk", "Jl. Imam Bonjol", "Jl. Teuku Umar",
    "Jl. Pemuda", "Jl. Veteran", "Jl. Cendrawasih", "Jl. Kenanga", "Jl. Melati", "Jl. Flamboyan",
    "Jl. Anggrek", "Jl. Mawar", "Jl. Dahlia", "Jl. Cempaka", "Jl. Rajawali", "Jl. Garuda",
    "Jl. Sisingamangaraja", "Jl. Pattimura", "Jl. Sam Ratulangi", "Jl. Hasanuddin", "Jl. Sultan Agung",
    "Jl. Dr. Sutomo", "Jl. Kartini", "Jl. Cut Nyak Dien", "Jl. Ki Hajar Dewantara", "Jl. Yos Sudarso",
    "Jl. Pangeran Antasari", "Jl. Raya Pelabuhan", "Jl. Raya Bandara", "Jl. Lingkar Utara",
    "Jl. Lingkar Selatan", "Jl. Sudirman Timur", "Jl. Kemuning", "Jl. Bougenville", "Jl. Nusa Indah",
    "Jl. Perintis Kemerdekaan", "Jl. Urip Sumoharjo", "Jl. Wolter Monginsidi", "Jl. MH Thamrin",
    "Jl. Kapten Tendean", "Jl. Letjen Suprapto", "Jl. Panglima Polim", "Jl. RA Kartini", "Jl. Tanjung",
]
AREAS = ["Kel. Sukamaju", "Kel. Sidomulyo", "Kel. Tanjung Harapan", "Kel. Karang Anyar", "Kel. Sumber Rejo",
         "Kel. Mekar Sari", "Kel. Suka Damai", "Kel. Bumi Ayu", "Kel. Kebon Baru", "Kel. Pasir Putih",
         "Kel. Taman Sari", "Kel. Cempaka Putih", "Kel. Sri Rejeki", "Kel. Harapan Jaya", "Kel. Tirta Mulya"]

# Word stock for invented organisation names.
W1 = ["Sinar", "Cahaya", "Mitra", "Karya", "Bumi", "Tirta", "Surya", "Graha", "Prima", "Citra", "Mega",
      "Nusa", "Putra", "Bintang", "Samudra", "Arta", "Cipta", "Dharma", "Sentosa", "Mulia", "Lestari",
      "Wahana", "Bahari", "Rimba", "Kencana", "Pelangi", "Satria", "Harmoni", "Sejati", "Permata"]
W2 = ["Abadi", "Makmur", "Jaya", "Sejahtera", "Mandiri", "Utama", "Perkasa", "Gemilang", "Lestari",
      "Sentosa", "Agung", "Raya", "Selaras", "Cemerlang", "Berkah", "Santosa", "Baru", "Persada",
      "Nusantara", "Mulia", "Harapan", "Bersama", "Indah", "Tama", "Kreasi", "Sakti"]
TRADES = ["Logistik", "Konstruksi", "Elektrindo", "Farma", "Tekstil", "Pangan", "Otomotif", "Teknik",
          "Kimia", "Properti", "Agro", "Niaga", "Solusi Data", "Media", "Energi", "Percetakan", "Plastik",
          "Keramik", "Transportasi", "Perikanan", "Furnitur", "Kargo", "Distribusi", "Sarana Medika"]
SCHOOL_NAMES = ["Tunas Bangsa", "Bina Insani", "Cendekia", "Harapan Bunda", "Pelita Ilmu", "Bakti Mulia",
                "Nurul Iman", "Cahaya Ilmu", "Budi Luhur Nusantara", "Mutiara Hati", "Insan Mandiri",
                "Widya Karya", "Taruna Bakti Utama", "Al-Hikmah Mulia", "Santa Maria Lestari", "Dharma Putra"]
HOSPITAL_NAMES = ["Harapan Sehat", "Permata Medika", "Bunda Kasih", "Husada Prima", "Mitra Sehat Sentosa",
                  "Citra Husada", "Sehat Sejahtera", "Kasih Ibu Lestari", "Medika Utama", "Anugerah Sehat",
                  "Bhakti Husada", "Pelita Kasih", "Budi Sehat", "Tirta Medika", "Nirmala Husada"]
HOTEL_NAMES = ["Griya Asri", "Puri Kencana", "Sapta Nusa", "Wisma Pelangi", "Graha Mulia", "Bumi Sentosa",
               "Taman Sari Indah", "Cakra Kembang", "Puri Indah Lestari", "Grand Samudra", "Royal Kenanga",
               "Wisma Tirta", "Pondok Asri", "Central Permata", "Panorama Bahari"]
BANKS = ["Bank Arta Lestari", "Bank Sinar Sejahtera", "Bank Dana Mulia", "Bank Nusa Perkasa",
         "Bank Pelita Arta", "Bank Citra Dana", "BPR Karya Makmur", "BPR Surya Sentosa", "BPR Tirta Arta",
         "Bank Syariah Berkah Mulia", "Bank Graha Niaga", "Koperasi Simpan Pinjam Harapan Bersama"]
UNIVERSITIES = ["Universitas Nusa Cendekia", "Universitas Bina Bangsa Mandiri", "Institut Teknologi Cipta Karya",
                "Politeknik Samudra Bahari", "Universitas Harapan Nusantara", "Sekolah Tinggi Ilmu Ekonomi Prima",
                "Universitas Pelita Insani", "Institut Kesehatan Husada Mulia", "Akademi Keperawatan Bunda Kasih",
                "Universitas Wahana Ilmu"]
RESTAURANTS = ["Rumah Makan Sari Rasa", "Restoran Saung Lestari", "Rumah Makan Bunda Cahaya",
               "Restoran Laut Samudra Rasa", "Warung Kopi Sinar Pagi", "Restoran Taman Selera",
               "Rumah Makan Minang Sejati", "Restoran Pelangi Rasa", "Bakmi Mulia Jaya", "Soto Kencana"]
SHOPS = ["Toko Bangunan Sinar Jaya", "Toko Elektronik Cahaya Baru", "Apotek Sehat Sentosa", "Apotek Permata",
         "Toko Buku Pelita", "Swalayan Mitra Bersama", "Toko Emas Kencana Mulia", "Optik Citra Prima",
         "Bengkel Mobil Satria Teknik", "Toko Sepeda Bintang Baru", "Percetakan Karya Indah", "Apotek Bunda"]

GOV_OFFICES = ["Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kesehatan", "Dinas Pendidikan",
               "Dinas Perhubungan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial",
               "Dinas Lingkungan Hidup", "Dinas Pariwisata", "Dinas Perdagangan", "Badan Pendapatan Daerah",
               "Kantor Kecamatan Kota", "Badan Penanggulangan Bencana Daerah", "Dinas Tenaga Kerja",
               "Perusahaan Daerah Air Minum", "Kantor Pos Cabang Kota", "Satuan Polisi Pamong Praja"]
POLICE = ["Kepolisian Resor Kota", "Kepolisian Sektor Kota", "Pos Polisi Terminal", "Unit Lalu Lintas Kepolisian"]
EMERGENCY = ["Pemadam Kebakaran Kota", "Pos Pemadam Kebakaran Wilayah", "Posko Ambulans Gawat Darurat"]

CATEGORIES = [  # (category, weight)
    ("perusahaan", 26), ("pemerintah", 12), ("rumah-sakit", 8), ("klinik", 5), ("sekolah", 10),
    ("universitas", 4), ("bank", 8), ("hotel", 8), ("polisi", 4), ("pemadam-kebakaran", 2),
    ("restoran", 6), ("toko", 7),
]


def company(rng):
    kind = rng.choice(["PT", "PT", "PT", "CV", "UD"])
    trade = rng.choice(TRADES)
    return f"{kind} {rng.choice(W1)} {rng.choice(W2)} {trade}"


def name_for(category, city, rng):
    if category == "perusahaan":
        return company(rng)
    if category == "pemerintah":
        return f"{rng.choice(GOV_OFFICES)} {city}"
    if category == "rumah-sakit":
        return f"{rng.choice(['Rumah Sakit', 'RS', 'RSIA', 'RS Umum'])} {rng.choice(HOSPITAL_NAMES)}"
    if category == "klinik":
        return f"Klinik {rng.choice(['Pratama', 'Utama', 'Gigi', 'Mata'])} {rng.choice(HOSPITAL_NAMES)}"
    if category == "sekolah":
        level = rng.choice(["SD", "SMP", "SMA", "SMK", "TK"])
        return f"{level} {rng.choice(['', 'Islam ', 'Kristen ', 'Swasta '])}{rng.choice(SCHOOL_NAMES)}".replace("  ", " ")
    if category == "universitas":
        return f"{rng.choice(UNIVERSITIES)} Kampus {city}"
    if category == "bank":
        return f"{rng.choice(BANKS)} {rng.choice(['Cabang', 'Kantor Kas', 'Kantor Cabang Pembantu'])} {city}"
    if category == "hotel":
        return f"{rng.choice(['Hotel', 'Hotel', 'Wisma', 'Guest House', 'Resort'])} {rng.choice(HOTEL_NAMES)}"
    if category == "polisi":
        return f"{rng.choice(POLICE)} {city}"
    if category == "pemadam-kebakaran":
        return f"{rng.choice(EMERGENCY)} {city}"
    if category == "restoran":
        return rng.choice(RESTAURANTS)
    return rng.choice(SHOPS)


def subscriber(rng, lengths):
    length = rng.choice(lengths)
    first = rng.choice("2345678")
    return first + "".join(rng.choice("0123456789") for _ in range(length - 1))


def address(rng):
    street = f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}"
    if rng.random() < 0.45:
        street += f", {rng.choice(AREAS)}"
    if rng.random() < 0.15:
        street += f", Blok {rng.choice('ABCDEF')}-{rng.randint(1, 20)}"
    return street


def generate(count, seed):
    rng = random.Random(seed)
    city_weights = [c[4] for c in CITIES]
    categories = [c for c, _ in CATEGORIES]
    category_weights = [w for _, w in CATEGORIES]
    seen_names = set()
    seen_numbers = set()
    rows = []
    while len(rows) < count:
        city, province, code, lengths, _ = rng.choices(CITIES, weights=city_weights)[0]
        category = rng.choices(categories, weights=category_weights)[0]
        name = name_for(category, city, rng)
        # A handful of shop names carry quotes as people write them, exercising RFC 4180 escaping.
        if category == "toko" and rng.random() < 0.08:
            kind, brand = name.split(" ", 1)
            name = f'{kind} "{brand}"'
        if category in ("rumah-sakit", "klinik", "sekolah", "hotel", "restoran", "toko", "perusahaan"):
            name = f"{name} {city}" if rng.random() < 0.5 else name
        if (name, city) in seen_names:
            continue
        number = subscriber(rng, lengths)
        if (code, number) in seen_numbers:
            continue
        seen_names.add((name, city))
        seen_numbers.add((code, number))
        listed = "false" if rng.random() < 0.03 else "true"
        rows.append([name, category, city, province, code, number, address(rng), listed])
    rows.sort(key=lambda r: (r[3], r[2], r[0], r[5]))
    return [[f"D{i:05d}"] + r for i, r in enumerate(rows, start=1)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "knowledge", "directory", "108-directory.csv")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=default_out)
    parser.add_argument("--count", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=108)
    args = parser.parse_args()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["id", "name", "category", "city", "province", "area_code", "number", "address", "listed"])
    writer.writerows(generate(args.count, args.seed))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(buffer.getvalue())


if __name__ == "__main__":
    main()
