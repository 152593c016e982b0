"""Data of no one language: photo-agency credits that mark an image caption, news agencies, name particles.

Words of a language go in that language's module (``newsclean.lang.en``, ...), under the keys all of them define.
"""

#: Regular expressions over the normalised line (see newsclean.document.normalise).
CAPTION_PATTERNS: tuple[str, ...] = (
    # "... (AP Photo/Evan Vucci)", "... AP Photo", "Getty Images", "AFP PHOTO / John Doe"
    r"\b(?:ap|afp|epa|dpa|getty|xinhua|anp|ansa|efe|pa|upi|reuters)\s?(?:photo|images|foto|bild)s?\b[^.]{0,60}\.?\)?$",
    # "... REUTERS/Kevin Lamarque", "(EPA/JOHN DOE)"
    r"\b(?:reuters|afp|epa|dpa|ap|anp|ansa)\s?/\s?[\w .'-]{2,40}\)?$",
    # "... (Photo: Jane Doe)", "Photo by Jane Doe for The Paper", "Foto: dpa"
    r"[(\[]?\b(?:photo|foto|bild|image|picture|pic|credit|photograph|crédit|imagen|immagine|afbeelding)s?"
    r"(?: credit)?\s?(?::|by|von|de|di|par|por)\s[^.]{2,60}\.?[)\]]?$",
    # "Photo: ...", "Image credit: ...", "Above: ...", "Pictured: ..."
    r"^(?:photo|foto|bild|image|picture|pictured|above|top|caption|credit|image credit|photo credit|bildquelle)"
    r"s?\s?:",
    r"\b(?:getty images|shutterstock|istock(?:photo)?|imago images|picture alliance)\b[^.]{0,40}\)?$",
)

#: News agencies and wire services: on a byline they are the organisation, never an author. (A language's words
#: for a newsroom, "Staff", "Redaktion", are its ``NEWSROOMS``: see :func:`newsclean.lang.agencies`.)
AGENCIES: tuple[str, ...] = (
    "Associated Press",
    "AP",
    "Reuters",
    "Thomson Reuters",
    "Agence France-Presse",
    "AFP",
    "dpa",
    "Deutsche Presse-Agentur",
    "PTI",
    "Press Trust of India",
    "IANS",
    "ANI",
    "UPI",
    "United Press International",
    "Bloomberg",
    "EFE",
    "Europa Press",
    "ANSA",
    "ANP",
    "Belga",
    "APA",
    "KNA",
    "epd",
    "SDA",
    "Keystone-SDA",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Interfax",
    "AAP",
    "CP",
    "The Canadian Press",
    "PA",
    "PA Media",
    "Press Association",
    "Lusa",
    "Agência Brasil",
    "Anadolu",
    "NTB",
    "TT",
    "Ritzau",
    "STT",
    "CTK",
    "PAP",
    "MTI",
    "HINA",
    "Tanjug",
    "Notimex",
    "Agencia EFE",
    "dts",
    "AFX",
    "dpa-AFX",
)

#: Particles of Arabic names ("Mohammed bin Salman"), which pages in every language print.
NAME_PARTICLES: frozenset[str] = frozenset({"bin", "al"})
