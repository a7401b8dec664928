from hearth_kit.migrations import run_env
from hearth_kit.tables import kit_metadata
from hearth_placements.models import Base

run_env([Base.metadata, kit_metadata])
