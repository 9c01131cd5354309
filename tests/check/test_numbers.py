"""Reading numbers the way each language writes them."""

from __future__ import annotations

import pytest

from toolkit.lang import Lang
from toolkit.text.numbers import numbers_in


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("1 000,5", Lang.RU, [1000.5]),
    ("1\u00a0000,5", Lang.KK, [1000.5]),
    ("1,000.5", Lang.EN, [1000.5]),
    ("1,5 млрд тенге", Lang.RU, [1.5e9]),
    ("1.5 billion", Lang.EN, [1.5e9]),
    ("$100 млн", Lang.RU, [1e8]),
    ("100 млн доллар", Lang.KK, [1e8]),
    ("$100 million", Lang.EN, [1e8]),
    ("27-29 апреля", Lang.RU, [27, 29]),
    ("2022-ші жылы", Lang.KK, [2022]),
    ("1000-нан астам", Lang.KK, [1000]),
    ("в 2021 году 30 юных", Lang.RU, [2021, 30]),
    ("VIII форум", Lang.RU, [8]),
    ("I think", Lang.EN, []),
    ("World War II", Lang.EN, [2]),
    ("IIII", Lang.RU, []),
])
def test_numbers(text, lang, expected):
    assert numbers_in(text, lang) == [float(v) for v in expected]


def test_strict_parsing_does_not_misread_grouping():
    # In Russian "1,000" is one with three decimal zeros, not a thousand.
    assert numbers_in("1,000", Lang.RU) == [1.0]
    assert numbers_in("1,000", Lang.EN) == [1000.0]
