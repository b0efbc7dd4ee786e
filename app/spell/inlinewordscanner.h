#pragma once

#include "spell/markdownspellscanner.h"

#include <QList>
#include <QStringView>

namespace Postwright {

// Finds the prose words in the inline text of one Markdown line: splits it at spaces and at the
// constructs that are not prose (code spans, URLs, tags, math, ...), leaves out chunks that are
// addresses or paths, then picks the words. MarkdownSpellScanner handles the blocks around it.
class InlineWordScanner final
{
public:
    // What the line ends inside of, for the next line to continue.
    enum class Open { Nothing, HtmlComment, HtmlTag };

    // Appends to words; line must outlive the scanner.
    InlineWordScanner(QStringView line, bool skipAbbreviations, QList<WordRange> *words);

    // From `from` (where the text starts after block markers) to the end of the line.
    Open scan(qsizetype from);
    // The attribute quote left open when scan() returned Open::HtmlTag: ', " or 0.
    char16_t openQuote() const { return m_quote; }

    // The index after the '>' that ends a tag, scanning from inside it; quote carries an open
    // attribute quote in and out (a tag may span lines). -1 when the line ends first.
    static qsizetype tagEnd(QStringView line, qsizetype from, char16_t *quote);

private:
    qsizetype skipConstruct(qsizetype i);
    qsizetype skipAngle(qsizetype i);
    qsizetype skipMath(qsizetype i) const;
    qsizetype skipEntity(qsizetype i) const;
    qsizetype skipUrl(qsizetype i) const;
    void checkChunk(qsizetype begin, qsizetype end);
    void extractWords(qsizetype begin, qsizetype end);
    void considerWord(qsizetype begin, qsizetype end);

    const QStringView m_line;
    const bool m_skipAbbreviations;
    QList<WordRange> *const m_words;
    qsizetype m_textStart = 0;
    Open m_open = Open::Nothing;
    char16_t m_quote = 0;
};

} // namespace Postwright
