#pragma once

#include "spell/markdownspellscanner.h"

#include <QList>
#include <QString>
#include <QTextBlock>
#include <QTextBlockUserData>

#include <memory>

namespace Postwright {

// What one editor block knows about its spelling. It lives on the block, so it follows the line
// when lines are inserted above it and goes away with it. MarkdownHighlighter fills in the
// scanner states as it highlights; SpellController the rest.
class SpellBlockData final : public QTextBlockUserData
{
public:
    static SpellBlockData *of(const QTextBlock &block)
    {
        return block.isValid() ? dynamic_cast<SpellBlockData *>(block.userData()) : nullptr;
    }

    // MarkdownSpellScanner states at the line's start and end, as of the last highlighting.
    bool scanned = false;
    int scanStateIn = MarkdownSpellScanner::InitialState;
    int scanStateOut = MarkdownSpellScanner::InitialState;

    // What is known about the line's words; only lines that were asked about have it, so that
    // the blocks of a long document never looked at stay small.
    struct Check
    {
        // The last answer: valid while resultEpoch is the controller's epoch (same dictionary
        // and word lists), for exactly this text and scanner state.
        quint64 resultEpoch = 0;
        QString checkedText;
        int checkedStateIn = 0;
        QList<WordRange> misspelled;

        // The question on its way, if any (so a line is not asked about twice).
        quint64 requestedGeneration = 0;
        quint64 requestedEpoch = 0;
        QString requestedText;
        int requestedStateIn = 0;

        // What the highlighter underlined last time, so an answer repaints only what changed.
        QList<WordRange> shown;
    };
    std::unique_ptr<Check> check;
};

} // namespace Postwright
