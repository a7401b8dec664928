"""Random ids: version 4 UUIDs, as uuid.uuid4 makes them."""

from __future__ import annotations

import uuid

import pytest
from hearth_kit.context import new_request_id, valid_request_id
from hearth_kit.ids import new_id


class TestNewId:
    def test_each_is_a_version_4_rfc_4122_uuid_equal_to_itself_parsed(self):
        for _ in range(500):
            made = new_id()
            assert made.version == 4 and made.variant == uuid.RFC_4122
            assert uuid.UUID(str(made)) == made and hash(uuid.UUID(str(made))) == hash(made)
            assert made.is_safe is uuid.SafeUUID.unknown

    def test_no_two_alike_and_every_random_bit_varies(self):
        made = [new_id().int for _ in range(2000)]
        assert len(set(made)) == len(made)
        varied = 0
        for value in made:
            varied |= value ^ made[0]
        fixed = (0xF000 << 64) | (0xC000 << 48)  # version and variant bits
        assert varied == ((1 << 128) - 1) & ~fixed

    @pytest.mark.parametrize(
        "use",
        [
            lambda made: str(made),
            lambda made: made.hex,
            lambda made: made.bytes,
            lambda made: repr(made),
            lambda made: {made: 1}[uuid.UUID(made.hex)],
            lambda made: sorted([made, uuid.UUID(int=0)])[0].int,
        ],
    )
    def test_it_behaves_as_a_uuid4_does(self, use):
        made = new_id()
        same = uuid.UUID(made.hex)
        assert use(made) == use(same)

    def test_a_request_id_is_one_in_hex_and_valid(self):
        request_id = new_request_id()
        assert uuid.UUID(request_id).version == 4 and valid_request_id(request_id) == request_id
