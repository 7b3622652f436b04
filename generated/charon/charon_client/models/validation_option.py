from enum import StrEnum


class ValidationOption(StrEnum):
    CHECKCONSTRAINTS = "checkConstraints"
    CHECKFORMAT = "checkFormat"
    CHECKREFERENCES = "checkReferences"
    CHECKREQUIREMENTS = "checkRequirements"
    CHECKSPECIFICATION = "checkSpecification"
    CHECKTRANSLATIONS = "checkTranslations"
    CHECKUNIQUENESS = "checkUniqueness"
    DEDUPLICATEIDS = "deduplicateIds"
    ERASEINVALIDVALUES = "eraseInvalidValues"
    REPAIR = "repair"
    REPAIRREQUIREDWITHDEFAULTS = "repairRequiredWithDefaults"
    RESOLVECONFLICTINGUNIONS = "resolveConflictingUnions"

    def __str__(self) -> str:
        return str(self.value)
