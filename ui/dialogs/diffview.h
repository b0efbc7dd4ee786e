#pragma once

#include <QPlainTextEdit>

namespace Postwright {

// Two versions of a post side by side in one column, as a writer reads a change: unchanged
// lines plain, removed lines red with "−", added lines green with "+", long unchanged stretches
// folded into "⋯". Read-only; follows the light or dark palette.
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    // oldText is the version on disk (or the older one), newText the writer's (or the newer).
    void setTexts(const QString &oldText, const QString &newText);
    int changedLines() const { return m_changedLines; }

private:
    int m_changedLines = 0;
};

} // namespace Postwright
