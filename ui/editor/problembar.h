#pragma once

#include "util/sourceerror.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Postwright {

// A slim warning strip above the editor for a problem in the open file (bad front matter, bad
// encoding): "file:line:col: message" and a button that jumps to the place. Hidden when there
// is no problem.
class ProblemBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemBar(QWidget *parent = nullptr);

    void setProblem(const std::optional<SourceError> &problem);
    QString text() const;

Q_SIGNALS:
    void goToRequested(int line, int column);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_goTo;
    SourceError m_problem;
};

} // namespace Postwright
