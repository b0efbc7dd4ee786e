#pragma once

#include <QLabel>

namespace Postwright {

// A line under a field that says what is wrong with it (or worth knowing), in the dialog itself
// rather than in a message box: hidden while there is nothing to say.
class InlineMessage final : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { None, Info, Warning, Error };

    explicit InlineMessage(const QString &objectName, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void show(Kind kind, const QString &text);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();

    Kind m_kind = Kind::None;
};

} // namespace Postwright
