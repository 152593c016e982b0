"""Site corpora made from templates: publishers with their own furniture lines and generated bodies.

Used by ``benchmarks/profiles_bench.py``; nothing here comes from evaluation data.
"""

from __future__ import annotations

import random

WORDS = (
    "the council said on tuesday that it would review the plan again and that residents would be asked for "
    "their views before any decision was taken in the spring while the mayor argued that the money for the "
    "new bridge was already there and that work could start soon after the summer holidays in the town"
).split()

#: Publisher -> furniture lines that the built-in rules do not know (the numbers vary per article).
SITES = {
    "Harbour Herald": [
        "Harbour Herald Radio: tune in every morning at {n}",
        "Our photographers sell prints of every picture in the gallery shop",
        "The Herald team wishes you a good day on the water",
    ],
    "Valley Voice": [
        "Valley Voice is printed on recycled paper in Millbrook",
        "Call the Voice desk on 0{n} with your story",
        "A proud member of the Independent Valley Press",
    ],
    "Metro Ledger": [
        "Ledger Plus members read {n} stories a month",
        "The Ledger thanks its readers for {n} years",
        "Printed and published by Ledger House",
    ],
    "Coast Courier": [
        "Courier tide tables are updated at {n} every day",
        "Send your pictures of the coast to the Courier",
        "The Courier is delivered to every home on the coast",
    ],
}


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(15, 35))).capitalize() + "."


def article(site: str, rng: random.Random, size: int = 4600) -> tuple[str, list[str], list[str]]:
    """One article of about ``size`` characters: (text, its body paragraphs, its furniture lines)."""
    headline = " ".join(rng.choices(WORDS, k=6)).capitalize()
    body: list[str] = []
    while sum(map(len, body)) < size - 600:
        body.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 3))))
    furniture = [line.format(n=rng.randint(100, 999)) for line in SITES[site]]
    cut = rng.randint(1, len(body) - 1)
    lines = [f"{headline} | {site}", headline, *body[:cut], furniture[0], *body[cut:], *furniture[1:]]
    return "\n\n".join(lines), body, furniture


def corpus(per_site: int, seed: int = 0) -> list[tuple[str, str, list[str], list[str]]]:
    """``per_site`` articles of every site: (site, text, body, furniture), in a seeded shuffled order."""
    rng = random.Random(seed)
    items = [(site, *article(site, rng)) for site in SITES for _ in range(per_site)]
    rng.shuffle(items)
    return items
