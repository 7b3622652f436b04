from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class ValidationOption(StrEnum):
    CHECK_CONSTRAINTS = "checkConstraints"
    CHECK_FORMAT = "checkFormat"
    CHECK_REFERENCES = "checkReferences"
    CHECK_REQUIREMENTS = "checkRequirements"
    CHECK_SPECIFICATION = "checkSpecification"
    CHECK_TRANSLATIONS = "checkTranslations"
    CHECK_UNIQUENESS = "checkUniqueness"
    DEDUPLICATE_IDS = "deduplicateIds"
    ERASE_INVALID_VALUES = "eraseInvalidValues"
    REPAIR = "repair"
    REPAIR_REQUIRED_WITH_DEFAULTS = "repairRequiredWithDefaults"
    RESOLVE_CONFLICTING_UNIONS = "resolveConflictingUnions"
    CHECKCONSTRAINTS = "checkConstraints"
    CHECKFORMAT = "checkFormat"
    CHECKREFERENCES = "checkReferences"
    CHECKREQUIREMENTS = "checkRequirements"
    CHECKSPECIFICATION = "checkSpecification"
    CHECKTRANSLATIONS = "checkTranslations"
    CHECKUNIQUENESS = "checkUniqueness"
    DEDUPLICATEIDS = "deduplicateIds"
    ERASEINVALIDVALUES = "eraseInvalidValues"
    REPAIRREQUIREDWITHDEFAULTS = "repairRequiredWithDefaults"
    RESOLVECONFLICTINGUNIONS = "resolveConflictingUnions"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
