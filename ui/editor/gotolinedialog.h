#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace Postwright {

// Ctrl+L: asks for "line" or "line:column". The editor clamps what it gets to the text.
class GoToLineDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    GoToLineDialog(int currentLine, int lineCount, QWidget *parent = nullptr);

    // "12" or "12:5" (spaces allowed around the numbers); nothing for anything else.
    static std::optional<Position> parse(const QString &text);
    // What was typed; valid once the dialog is accepted.
    Position position() const;

private:
    QLineEdit *m_field;
    QPushButton *m_goButton;
};

} // namespace Postwright
