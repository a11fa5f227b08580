import gzip

import pytest

from newsgraph.errors import InputError
from newsgraph.read.decode import decode_text

LIMIT = 1000


def test_utf8_with_bom_decodes() -> None:
    assert decode_text("\ufeffCity council meets".encode(), "a.txt", LIMIT) == "City council meets"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"   \n\n ", "empty document"),
        (b"\x7fELF\x02\x01\x00\x00binary", "binary file"),
        (b"caf\xe9 au lait", "undecodable bytes"),
        (b"x" * (LIMIT + 1), "over the 1,000-byte limit"),
    ],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data, "story.txt", LIMIT)
    assert reason in caught.value.reason
    assert str(caught.value).startswith("story.txt: ")


def test_gzip_is_opened_and_bombs_are_refused() -> None:
    assert decode_text(gzip.compress(b"Short brief."), "b.txt", LIMIT) == "Short brief."
    with pytest.raises(InputError, match="limit"):
        decode_text(gzip.compress(b"a" * 50_000), "bomb.txt", LIMIT)
