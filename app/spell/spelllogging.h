#pragma once

#include <QLoggingCategory>

// The spell checker's category; enable with QT_LOGGING_RULES="postwright.spell.debug=true".
// It lives here rather than in util/logging.h so the spell folder stays self-contained.
Q_DECLARE_LOGGING_CATEGORY(lcSpell)
