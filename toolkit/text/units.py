"""Units of measure after a number, so that a converted quantity is still the same quantity.

News translations convert units: "45 miles" becomes "72 км", "10 inches" "25 см", "85 mph"
"137 км/ч", "550 pound" "250 кг", "80 degrees" (Fahrenheit) "27 градусов". A unit is read with
its dimension and its factor to the base unit of that dimension (metre, kilogram, metre per
second, degree Celsius), so two quantities can be compared within rounding.

>>> unit_at(" miles (72 km)", 0, Lang.EN)
('length', 1609.344, 6)
>>> unit_at("-килограммовое", 0, Lang.RU)[:2]
('mass', 1.0)
"""

from __future__ import annotations

import re

from toolkit.lang import Lang

__all__ = ["FAHRENHEIT", "TEMPERATURE", "to_base", "unit_at"]

TEMPERATURE = "temperature"
# The factor that marks degrees Fahrenheit (temperatures convert with an offset).
FAHRENHEIT = -1.0
# Degrees of an unnamed scale: Celsius or Fahrenheit, whichever agrees.
_ANY_DEGREES = 0.0

_KM, _MILE, _FOOT, _INCH, _YARD = 1000.0, 1609.344, 0.3048, 0.0254, 0.9144
_POUND, _MPH, _KMH = 0.45359237, 0.44704, 1 / 3.6

# Written exactly (Latin words and abbreviations; an "s" plural is allowed where listed).
_EXACT: dict[str, tuple[str, float]] = {
    "km/h": ("speed", _KMH), "kph": ("speed", _KMH), "mph": ("speed", _MPH),
    "m/s": ("speed", 1.0), "км/ч": ("speed", _KMH), "км/сағ": ("speed", _KMH),
    "миля/сағ": ("speed", _MPH), "миль/ч": ("speed", _MPH), "м/с": ("speed", 1.0),
    "km": ("length", _KM), "m": ("length", 1.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "mi": ("length", _MILE), "ft": ("length", _FOOT),
    "yd": ("length", _YARD), "км": ("length", _KM), "м": ("length", 1.0),
    "см": ("length", 0.01), "мм": ("length", 0.001), "kg": ("mass", 1.0), "кг": ("mass", 1.0),
    "lb": ("mass", _POUND), "lbs": ("mass", _POUND), "ha": ("area", 1e4), "га": ("area", 1e4),
    "°c": (TEMPERATURE, 1.0), "°f": (TEMPERATURE, FAHRENHEIT), "°": (TEMPERATURE, _ANY_DEGREES),
    "c": (TEMPERATURE, 1.0), "f": (TEMPERATURE, FAHRENHEIT),
}
_EN_WORDS: dict[str, tuple[str, float]] = {
    "kilometre": ("length", _KM), "kilometer": ("length", _KM), "metre": ("length", 1.0),
    "meter": ("length", 1.0), "centimetre": ("length", 0.01), "centimeter": ("length", 0.01),
    "millimetre": ("length", 0.001), "millimeter": ("length", 0.001),
    "mile": ("length", _MILE), "foot": ("length", _FOOT), "feet": ("length", _FOOT),
    "inch": ("length", _INCH), "inches": ("length", _INCH), "yard": ("length", _YARD),
    "kilogram": ("mass", 1.0), "kilo": ("mass", 1.0), "gram": ("mass", 0.001),
    "tonne": ("mass", 1000.0), "ton": ("mass", 1000.0), "pound": ("mass", _POUND),
    "hectare": ("area", 1e4), "acre": ("area", 4046.86),
    "degree": (TEMPERATURE, _ANY_DEGREES), "degrees": (TEMPERATURE, _ANY_DEGREES),
}
_EN_PHRASES = (("miles per hour", ("speed", _MPH)), ("miles an hour", ("speed", _MPH)),
               ("kilometres per hour", ("speed", _KMH)), ("kilometers per hour", ("speed", _KMH)),
               ("km per hour", ("speed", _KMH)))
# Russian and Kazakh stems, with any inflection after them ("километрах", "футқа", "дюймге").
_CYRILLIC_STEMS: tuple[tuple[str, tuple[str, float]], ...] = (
    ("километр", ("length", _KM)), ("шақырым", ("length", _KM)),
    ("сантиметр", ("length", 0.01)), ("миллиметр", ("length", 0.001)),
    ("метр", ("length", 1.0)), ("мил", ("length", _MILE)), ("фут", ("length", _FOOT)),
    ("дюйм", ("length", _INCH)), ("ярд", ("length", _YARD)), ("килограмм", ("mass", 1.0)),
    ("грамм", ("mass", 0.001)), ("тонн", ("mass", 1000.0)), ("фунт", ("mass", _POUND)),
    ("гектар", ("area", 1e4)), ("акр", ("area", 4046.86)),
    ("градус", (TEMPERATURE, _ANY_DEGREES)),
)
_CYRILLIC_PHRASES = (("миль в час", ("speed", _MPH)), ("километров в час", ("speed", _KMH)),
                     ("километра в час", ("speed", _KMH)))
# Words that begin like a unit and are not one.
_NOT_UNITS = re.compile(r"^(?:метро(?!в)|миллион|миллиард|милл|милит|милос|мили[цт]|фунт\w* "
                        r"стерлинг|тонк)")
_LEAD = re.compile(r"[ \u00a0\u202f]?-?[ \u00a0\u202f]?")
_TOKEN = re.compile(r"[^\s(),;:!?\"«»“”-]+")
_CYR_WORD = re.compile(r"[а-яёәіңғүұқөһ]+(?: стерлинг\w*)?")
_SCALE_NAMES = re.compile(r"(?:цельси\w*|celsius)", re.IGNORECASE)
_FAHRENHEIT_NAMES = re.compile(r"(?:фаренгейт\w*|fahrenheit)", re.IGNORECASE)


def unit_at(text: str, position: int, lang: Lang) -> tuple[str, float, int] | None:
    """The unit written at ``position`` (just after a number): (dimension, factor, end), or
    None. A hyphen may join them ("300-килограммовое", "400m")."""
    lead = _LEAD.match(text, position)
    start = lead.end() if lead else position
    rest = text[start:start + 40]
    folded = rest.casefold()
    for phrase, unit in _EN_PHRASES + _CYRILLIC_PHRASES:
        if folded.startswith(phrase):
            return unit[0], unit[1], start + len(phrase)
    token = _TOKEN.match(folded)
    if not token:
        return None
    word = token.group(0).rstrip(".")
    if word in _EXACT and (len(word) > 1 or lang is Lang.EN or not word.isalpha()):
        dimension, factor = _EXACT[word]
        if word in ("c", "f") and not rest.startswith(("C", "F")):
            return None
        return _with_scale(dimension, factor, text, start + len(word))
    bare = word[:-1] if word.endswith("s") and word[:-1] in _EN_WORDS else word
    if bare in _EN_WORDS:
        dimension, factor = _EN_WORDS[bare]
        return _with_scale(dimension, factor, text, start + len(word))
    cyrillic = _CYR_WORD.match(folded)
    if cyrillic and not _NOT_UNITS.match(cyrillic.group(0)):
        for stem, (dimension, factor) in _CYRILLIC_STEMS:
            if cyrillic.group(0).startswith(stem):
                if stem == "мил" and not re.match(r"мил(?:ь|я|и|ю|е)", cyrillic.group(0)):
                    continue
                return _with_scale(dimension, factor, text, start + len(cyrillic.group(0)))
    return None


def _with_scale(dimension: str, factor: float, text: str, end: int) -> tuple[str, float, int]:
    """Degrees followed by the name of their scale ("градусов по Цельсию", "°F")."""
    if dimension == TEMPERATURE and factor == _ANY_DEGREES:
        after = text[end:end + 25]
        if _FAHRENHEIT_NAMES.search(after):
            factor = FAHRENHEIT
        elif _SCALE_NAMES.search(after):
            factor = 1.0
    return dimension, factor, end


def to_base(value: float, dimension: str, factor: float) -> list[float]:
    """The value in the base unit of its dimension; degrees of an unnamed scale give both
    readings."""
    if dimension != TEMPERATURE:
        return [value * factor]
    if factor == FAHRENHEIT:
        return [(value - 32) * 5 / 9]
    if factor == _ANY_DEGREES:
        return [value, (value - 32) * 5 / 9]
    return [value]
