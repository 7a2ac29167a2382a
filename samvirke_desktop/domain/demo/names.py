"""Names, languages and contact details for the demo's residents.

The pools mirror who lives in Oslo's municipal housing. Each origin has its own way of
passing names on: a shared family name, the father's name as the child's last name
(Tigrinya), the father's and grandfather's names (Somali), or a gendered family name
(Polish). Names that must appear exactly once in the demo are kept out of the pools.
"""
from dataclasses import dataclass, field

from samvirke_desktop.db.folding import fold

SHARED = "shared"          # children take the father's family name
PATRONYMIC = "patronymic"  # children's last name is the father's first name
SOMALI = "somali"          # children's last name is the father's first and second name
VIETNAMESE = "vietnamese"  # family name shared, registered as last name


@dataclass(frozen=True)
class Origin:
    key: str
    language: str
    style: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...] = ()
    weight: int = 1
    interpreter_share: float = 0.0
    mother_keeps_name: float = 0.0
    other_languages: tuple[str, ...] = field(default=())
    # Names given to today's children, where they differ from their parents' generation.
    girls: tuple[str, ...] = ()
    boys: tuple[str, ...] = ()


ORIGINS = (
    Origin("somali", "Somali", SOMALI, weight=8, interpreter_share=0.3,
           female=("Hodan", "Fadumo", "Sahra", "Hibo", "Ifrah", "Nimco", "Khadra", "Ubah", "Maryan",
                   "Ladan", "Hamdi", "Sagal", "Idil", "Deeqa", "Najma", "Sumaya", "Ikraan", "Nasteexo"),
           male=("Maxamed", "Cabdi", "Axmed", "Cali", "Yuusuf", "Xasan", "Cumar", "Ismaaciil",
                 "Abshir", "Guuleed", "Mahad", "Liban", "Bashiir", "Faarax", "Jaamac", "Cabdiraxmaan",
                 "Khaalid", "Hamza")),
    Origin("arabic", "Arabisk", SHARED, weight=7, interpreter_share=0.3, mother_keeps_name=0.7,
           female=("Fatima", "Aisha", "Mariam", "Noor", "Rania", "Huda", "Layla", "Amal", "Salma",
                   "Hiba", "Yasmin", "Rasha", "Dalia", "Lina", "Sara", "Jana"),
           male=("Ahmad", "Mohammed", "Omar", "Khaled", "Yousef", "Ali", "Hassan", "Mahmoud", "Bilal",
                 "Samir", "Karim", "Tariq", "Nabil", "Adam", "Zaid", "Ibrahim"),
           family=("Al-Hassan", "Haddad", "Khalil", "Al-Ahmad", "Mansour", "Saleh", "Ibrahim",
                   "Darwish", "Al-Najjar", "Hamdan", "Abboud", "Qasim")),
    Origin("pakistani", "Urdu", SHARED, weight=6, interpreter_share=0.15,
           other_languages=("Panjabi",),
           female=("Ayesha", "Sana", "Nadia", "Rabia", "Sadia", "Amna", "Hina", "Maryam", "Iqra",
                   "Zainab", "Aleena", "Hafsa"),
           male=("Muhammad", "Imran", "Asif", "Kamran", "Bilal", "Usman", "Hamza", "Zain", "Faisal",
                 "Adeel", "Daniyal", "Rayan"),
           family=("Khan", "Hussain", "Ahmed", "Iqbal", "Butt", "Chaudhry", "Malik", "Shah", "Rana",
                   "Mirza")),
    Origin("norwegian", "Norsk", SHARED, weight=6,
           female=("Kari", "Silje", "Marte", "Ida", "Hanne", "Tone", "Åse", "Ingrid", "Linn",
                   "Camilla", "Randi", "Anne"),
           male=("Ola", "Marius", "Espen", "Bjørn", "Håkon", "Eirik", "Lars", "Tor", "Kristian",
                 "Anders", "Geir", "Terje"),
           girls=("Nora", "Emma", "Sofie", "Ella", "Olivia", "Ingrid", "Maja", "Frida", "Thea",
                  "Leah", "Selma", "Astrid"),
           boys=("Jakob", "Emil", "Noah", "Filip", "Lukas", "Oliver", "Magnus", "Aksel", "Henrik",
                 "Isak", "Sander", "Ludvig"),
           family=("Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakke", "Lie", "Dahl", "Østby",
                   "Sæther", "Kristiansen", "Nilsen", "Strand", "Ødegård")),
    Origin("eritrean", "Tigrinja", PATRONYMIC, weight=5, interpreter_share=0.4,
           female=("Senait", "Selam", "Helen", "Saba", "Luwam", "Mebrat", "Rahel", "Yohana", "Feven",
                   "Winta", "Eden", "Semhar"),
           male=("Yonas", "Mehari", "Filmon", "Dawit", "Tesfay", "Berhane", "Haile", "Tekle", "Samuel",
                 "Robel", "Yohannes", "Kibrom", "Amanuel", "Natnael"),
           family=("Gebremariam", "Tesfamariam", "Woldemichael", "Habte", "Kidane", "Ghebreyesus",
                   "Tesfaldet", "Asmerom")),
    Origin("afghan", "Dari", SHARED, weight=5, interpreter_share=0.45,
           female=("Zahra", "Fatima", "Mursal", "Nasrin", "Parwana", "Marzia", "Shabnam", "Mahsa",
                   "Freshta", "Sahar"),
           male=("Ahmad", "Farid", "Hamid", "Jawad", "Mustafa", "Sohrab", "Nasir", "Rahmatullah",
                 "Elyas", "Mahdi", "Omid"),
           family=("Rahimi", "Ahmadi", "Hashimi", "Sultani", "Noori", "Karimi", "Hosseini", "Rezaei",
                   "Sadat", "Haidari")),
    Origin("turkish", "Tyrkisk", SHARED, weight=4, interpreter_share=0.2,
           female=("Ayşe", "Elif", "Zeynep", "Fatma", "Hatice", "Meryem", "Büşra", "Esra", "Gülsüm",
                   "Defne", "Ecrin"),
           male=("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Emre", "Burak",
                 "Yusuf", "Ömer", "Kerem"),
           family=("Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç")),
    Origin("polish", "Polsk", SHARED, weight=4, interpreter_share=0.15,
           female=("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Małgorzata", "Ewa",
                   "Justyna", "Zuzanna", "Maja", "Julia", "Zofia", "Lena"),
           male=("Tomasz", "Piotr", "Paweł", "Krzysztof", "Marcin", "Michał", "Jakub", "Kacper",
                 "Szymon", "Antoni", "Wojciech", "Mateusz"),
           family=("Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Zieliński", "Kamiński", "Mazur",
                   "Krawczyk", "Dąbrowski", "Grabowski", "Jabłoński")),
    Origin("ukrainian", "Ukrainsk", SHARED, weight=4, interpreter_share=0.35,
           female=("Olena", "Iryna", "Oksana", "Tetiana", "Nataliia", "Yuliia", "Sofiia", "Anastasiia",
                   "Daryna", "Viktoriia", "Polina"),
           male=("Andrii", "Dmytro", "Serhii", "Mykola", "Oleksandr", "Maksym", "Artem", "Bohdan",
                 "Denys", "Taras"),
           family=("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko",
                   "Oliinyk", "Boiko", "Savchenko", "Rudenko")),
    Origin("kurdish", "Kurdisk (sorani)", SHARED, weight=3, interpreter_share=0.25,
           female=("Dilan", "Rojin", "Shilan", "Avin", "Berivan", "Nazdar", "Shirin", "Hana", "Lana",
                   "Roza"),
           male=("Azad", "Karwan", "Rebin", "Dilshad", "Hiwa", "Aram", "Sherko", "Ranj", "Soran",
                 "Zana"),
           family=("Rashid", "Hamasalih", "Qadir", "Aziz", "Mahmoud", "Faraj", "Karim", "Othman")),
    Origin("vietnamese", "Vietnamesisk", VIETNAMESE, weight=2, interpreter_share=0.35,
           mother_keeps_name=1.0,
           female=("Thị Lan", "Thị Mai", "Thu Trang", "Ngọc Anh", "Minh Châu", "Thị Hương", "Bảo Ngọc"),
           male=("Văn Minh", "Văn Hùng", "Đức Anh", "Quốc Bảo", "Minh Khoa", "Gia Huy", "Văn Long"),
           family=("Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Nguyễn")),
)
ORIGIN = {origin.key: origin for origin in ORIGINS}

# Every language a resident or volunteer may prefer; the pick list offers these.
LANGUAGES = ("Norsk", "Engelsk", "Arabisk", "Somali", "Urdu", "Panjabi", "Tigrinja", "Dari",
             "Tyrkisk", "Polsk", "Ukrainsk", "Kurdisk (sorani)", "Vietnamesisk", "Spansk", "Fransk")

_POLISH_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def family_name_for(origin: Origin, family: str, gender: str) -> str:
    """Polish family names in -ski/-cki take a feminine ending for women and girls."""
    if origin.key == "polish" and gender == "female":
        for masculine, feminine in _POLISH_FEMININE:
            if family.endswith(masculine):
                return family[: -len(masculine)] + feminine
    return family


class ContactMaker:
    """Unique Norwegian mobile numbers and e-mail addresses on reserved example domains."""

    DOMAINS = ("example.com", "example.net", "example.org")

    def __init__(self, rng):
        self.rng = rng
        self.phones: set[str] = set()
        self.emails: set[str] = set()

    def phone(self) -> str:
        while True:
            digits = self.rng.choice("49") + "".join(str(self.rng.randrange(10)) for _ in range(7))
            if digits not in self.phones:
                self.phones.add(digits)
                return f"{digits[:3]} {digits[3:5]} {digits[5:]}"

    def email(self, first: str, last: str) -> str:
        local_first = fold(first).split(" ")[0].replace("'", "")
        local_last = fold(last).replace(" ", "").replace("-", "")
        base = f"{local_first}.{local_last}" if local_last else local_first
        candidate = f"{base}@{self.rng.choice(self.DOMAINS)}"
        while candidate in self.emails:
            candidate = f"{base}{self.rng.randrange(2, 99)}@{self.rng.choice(self.DOMAINS)}"
        self.emails.add(candidate)
        return candidate

    def landline(self) -> str:
        digits = "2" + str(self.rng.choice("1234")) + "".join(
            str(self.rng.randrange(10)) for _ in range(6))
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
