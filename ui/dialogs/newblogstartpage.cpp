#include "dialogs/newblogstartpage.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Postwright {

NewBlogStartPage::NewBlogStartPage(QWidget *parent)
    : QWizardPage(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("newBlogStartPage"));
    setTitle(tr("Start a Blog"));
    setSubTitle(tr("Write in a new blog, or bring the one you already have."));

    struct Option
    {
        Choice choice;
        const char *name;
        QString text;
        QString explanation;
    };
    const Option options[] = {
        {Choice::Create, "choiceCreate", tr("&Create a new blog"),
         tr("An empty Postwright blog in a new folder, with its title, author, address and a first "
            "post.")},
        {Choice::Open, "choiceOpen", tr("&Open an existing blog or site folder (Postwright, Hugo, Jekyll)"),
         tr("Hugo and Jekyll sites open in place: their files stay where and as they are.")},
        {Choice::Import, "choiceImport", tr("&Import a WordPress export (WXR) into a new blog"),
         tr("Posts, pages, categories, tags, drafts and the images found beside the export become "
            "Markdown files in a new Postwright blog.")},
    };

    // The explanations line up with the buttons' text, not their circles.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto *layout = new QVBoxLayout(this);
    for (const Option &option : options) {
        auto *button = new QRadioButton(option.text, this);
        button->setObjectName(QString::fromLatin1(option.name));
        m_group->addButton(button, static_cast<int>(option.choice));
        auto *explanation = new QLabel(option.explanation, this);
        explanation->setObjectName(QString::fromLatin1(option.name) + QStringLiteral("Explanation"));
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        explanation->setContentsMargins(indent, 0, 0, 0);
        layout->addWidget(button);
        layout->addWidget(explanation);
        layout->addSpacing(8);
    }
    layout->addStretch(1);
    button(Choice::Create)->setChecked(true);
}

NewBlogStartPage::Choice NewBlogStartPage::choice() const
{
    return static_cast<Choice>(qMax(0, m_group->checkedId()));
}

void NewBlogStartPage::setChoice(Choice choice)
{
    button(choice)->setChecked(true);
}

QRadioButton *NewBlogStartPage::button(Choice choice) const
{
    return qobject_cast<QRadioButton *>(m_group->button(static_cast<int>(choice)));
}

} // namespace Postwright
