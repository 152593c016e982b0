"""Phrase data that holds in every language: photo-agency credits that mark an image caption."""

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
