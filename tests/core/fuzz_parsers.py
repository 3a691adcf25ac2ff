"""Coverage-guided fuzzing (atheris, libFuzzer) of the parsers users feed from their files:
deadlines, targets, amounts. The promises checked are those of the hypothesis tests
(parser_checks.py); any exception is a crash, which libFuzzer saves as ``crash-*``.

    python -m tests.core.fuzz_parsers -runs=1000000       # or -max_total_time=600

test_parser_atheris.py runs it briefly in the suite.
"""

import sys

import atheris

with atheris.instrument_imports(include=["kehoach_desktop"]):
    from tests.core.parser_checks import (
        check_amount_in_words,
        check_deadline,
        check_decimal,
        check_printed_amount,
        check_target,
    )


def test_one_input(data: bytes) -> None:
    fuzzed = atheris.FuzzedDataProvider(data)
    choice = fuzzed.ConsumeIntInRange(0, 4)
    if choice == 0:
        year = fuzzed.ConsumeIntInRange(1989, 2101)
        check_deadline(fuzzed.ConsumeUnicodeNoSurrogates(120), None if year == 1989 else year)
    elif choice == 1:
        check_target(fuzzed.ConsumeUnicodeNoSurrogates(160))
    elif choice == 2:
        check_decimal(fuzzed.ConsumeUnicodeNoSurrogates(24))
    elif choice == 3:
        check_printed_amount(fuzzed.ConsumeIntInRange(0, 10**12))
    else:
        check_amount_in_words(fuzzed.ConsumeIntInRange(-(10**15), 10**15))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
