#pragma once

#include "editor/textsearch.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Postwright {

class MarkdownEditor;

// Find and replace under the editor, as in Kate or Qt Creator: incremental search as you type,
// every match highlighted, a "3 of 12" count, plain text or regular expressions. Esc closes it
// and gives the focus back to the editor.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(MarkdownEditor *editor, QWidget *parent = nullptr);

    // Shows the bar with the editor's selection (on one line) as the text to find, and puts the
    // focus in the find field. showReplace() adds the replace field.
    void showFind();
    void showReplace();
    void closeBar();

    // From the editor's cursor, wrapping around the document. False when nothing matches.
    bool findNext();
    bool findPrevious();
    // Replaces the current match (when the editor's selection is one), then finds the next.
    void replace();
    // Every match, as one undo step; returns how many.
    int replaceAll();

    QString findText() const;
    void setFindText(const QString &text);
    QString replaceText() const;
    void setReplaceText(const QString &text);
    SearchOptions options() const;
    void setOptions(SearchOptions options);

    // Matches counted (at most a cap for huge documents); -1 while the query is invalid.
    int matchCount() const;
    // "3 of 12", "No matches", the regular expression's error, ...
    QString statusText() const;
    bool hasError() const;

    static constexpr int maximumCounted = 10'000;
    static constexpr int maximumHighlighted = 1'000;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void open(bool replacing);
    TextSearch currentSearch() const;
    // Recomputes the matches when the text or the query changed since.
    void ensureMatches();
    void invalidateMatches();
    void searchAsYouType();
    bool find(bool forward);
    void selectMatch(const SearchMatch &match);
    // The index of the match the editor's selection is, or -1.
    int currentIndex() const;
    void updateStatus();
    void updateHighlights();

    MarkdownEditor *m_editor;
    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QWidget *m_replaceRow;
    QCheckBox *m_matchCase;
    QCheckBox *m_regularExpression;
    QCheckBox *m_wholeWords;
    QLabel *m_status;

    QList<SearchMatch> m_matches;
    bool m_matchesStale = true;
    bool m_capped = false;
    bool m_wrapped = false;
    QString m_notice; // "Replaced 3", until the next search
    // Where search-as-you-type starts: the cursor when the bar opened, then the last match found.
    int m_searchStart = 0;
    QTimer m_typingTimer;  // search-as-you-type waits for a pause in a huge document
    QTimer m_refreshTimer; // highlights follow edits of the text, a moment later
};

} // namespace Postwright
