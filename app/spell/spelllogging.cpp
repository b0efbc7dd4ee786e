#include "spelllogging.h"

Q_LOGGING_CATEGORY(lcSpell, "postwright.spell", QtInfoMsg)
