#pragma once

#include <QWizardPage>

class QButtonGroup;
class QRadioButton;

namespace Postwright {

// The wizard's first page: make a new blog, open one that exists (Postwright, Hugo, Jekyll) or
// import a WordPress export, each with a line that says what it does.
class NewBlogStartPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class Choice { Create, Open, Import };

    explicit NewBlogStartPage(QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);

    QRadioButton *button(Choice choice) const;

private:
    QButtonGroup *m_group;
};

} // namespace Postwright
