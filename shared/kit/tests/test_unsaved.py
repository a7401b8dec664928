"""``unsaved``: a mapped object for a repository's own insert, built without ORM events."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from hearth_kit.db import unsaved
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.orm.attributes import set_committed_value


class _Base(DeclarativeBase):
    pass


class _Home(_Base):
    __tablename__ = "unsaved_homes"
    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(40))
    note: Mapped[str | None] = mapped_column(sa.String(40))
    rooms: Mapped[list[_Room]] = relationship(back_populates="home")


class _Room(_Base):
    __tablename__ = "unsaved_rooms"
    id: Mapped[int] = mapped_column(primary_key=True)
    home_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("unsaved_homes.id"))
    home: Mapped[_Home] = relationship(back_populates="rooms")


class TestUnsaved:
    def test_reads_back_what_it_was_given_and_none_for_the_rest(self):
        home_id = uuid.uuid4()
        home = unsaved(_Home, id=home_id, name="Larch House")
        assert (home.id, home.name, home.note) == (home_id, "Larch House", None)
        assert vars(home)["name"] == "Larch House"  # what a repository's insert reads

    def test_is_transient_with_no_changes_for_a_session_to_flush(self):
        home = unsaved(_Home, id=uuid.uuid4(), name="Larch House")
        state = sa.inspect(home)
        assert state.transient
        assert not state.attrs.name.history.has_changes()

    def test_its_collections_can_be_set_as_loaded(self):
        home = unsaved(_Home, id=uuid.uuid4(), name="Larch House")
        rooms = [unsaved(_Room, id=n, home_id=home.id) for n in (1, 2)]
        set_committed_value(home, "rooms", rooms)
        assert [room.id for room in home.rooms] == [1, 2]
        assert not sa.inspect(home).attrs.rooms.history.has_changes()
