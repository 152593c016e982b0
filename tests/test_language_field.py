"""``Article.language``: the language the text was read as, on small texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main

TEXTS = {
    "en": "The harbour was closed on Monday after the storm reached the coast, and the port authority said that "
    "it would stay closed until the wind had dropped. Ferries to the islands were cancelled for the day, "
    "and the fishermen kept their boats in the inner basin while the water rose over the quay.",
    "de": "Der Hafen wurde am Montag geschlossen, nachdem der Sturm die Küste erreicht hatte, und die Behörde "
    "sagte, dass er so lange zu bleibt, bis der Wind nachlässt. Die Fähren zu den Inseln fielen aus, und die "
    "Fischer ließen ihre Boote im inneren Becken, während das Wasser über die Kaimauer stieg.",
    "fr": "Le port a été fermé lundi après que la tempête a atteint la côte, et l'autorité portuaire a dit qu'il "
    "resterait fermé jusqu'à ce que le vent tombe. Les ferries vers les îles ont été annulés pour la journée, "
    "et les pêcheurs ont gardé leurs bateaux dans le bassin pendant que l'eau montait sur le quai.",
    "es": "El puerto fue cerrado el lunes después de que la tormenta llegara a la costa, y la autoridad portuaria "
    "dijo que seguiría cerrado hasta que el viento bajara. Los transbordadores a las islas fueron cancelados "
    "durante el día, y los pescadores dejaron sus barcos en la dársena mientras el agua subía por el muelle.",
    "it": "Il porto è stato chiuso lunedì dopo che la tempesta ha raggiunto la costa, e l'autorità portuale ha "
    "detto che resterà chiuso finché il vento non calerà. I traghetti per le isole sono stati cancellati per "
    "la giornata, e i pescatori hanno tenuto le loro barche nel bacino mentre l'acqua saliva sulla banchina.",
    "pt": "O porto foi fechado na segunda-feira depois que a tempestade chegou à costa, e a autoridade portuária "
    "disse que ele ficaria fechado até que o vento diminuísse. As balsas para as ilhas foram canceladas "
    "durante o dia, e os pescadores deixaram os seus barcos na doca enquanto a água subia pelo cais.",
    "nl": "De haven werd maandag gesloten nadat de storm de kust had bereikt, en de havenautoriteit zei dat hij "
    "dicht zou blijven tot de wind was gaan liggen. De veerboten naar de eilanden werden voor de hele dag "
    "geschrapt, en de vissers hielden hun boten in het binnenbassin terwijl het water over de kade steeg.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_language_of_a_text_in_each_language(code: str) -> None:
    article = newsclean.clean("Storm closes the harbour\n\n" + TEXTS[code])
    assert article.language == code
    assert article.to_dict()["language"] == code


def test_a_mixed_text_has_no_language() -> None:
    halves = [TEXTS["en"], TEXTS["de"]]
    assert newsclean.clean("\n\n".join(halves)).language is None


def test_a_too_short_text_has_no_language() -> None:
    assert newsclean.clean("The harbour is closed for the day.").language is None


def test_the_cli_json_names_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "hafen.txt"
    page.write_text("Sturm schließt den Hafen\n\n" + TEXTS["de"], encoding="utf-8")
    assert main([str(page), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "de"
