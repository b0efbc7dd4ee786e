#include "sitehtml.h"

namespace Postwright::SiteHtml {

void finishBody(QString &html, const QString &taskDoneLabel, const QString &taskOpenLabel)
{
    if (html.contains(u"type=\"checkbox\"")) {
        html.replace(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_qs,
                     u"<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\""_qs
                         + taskDoneLabel.toHtmlEscaped() + u"\" />"_qs);
        html.replace(u"<input type=\"checkbox\" disabled=\"\" />"_qs,
                     u"<input type=\"checkbox\" disabled=\"\" aria-label=\""_qs + taskOpenLabel.toHtmlEscaped()
                         + u"\" />"_qs);
    }
    html.replace(u"<pre>"_qs, u"<pre tabindex=\"0\">"_qs);
    html.replace(u"<table>"_qs, u"<table tabindex=\"0\">"_qs);
    if (html.contains(u"data-footnote")) {
        html.replace(u" data-footnote-ref>"_qs, u" data-footnote-ref=\"\">"_qs);
        html.replace(u" data-footnotes>"_qs, u" data-footnotes=\"\">"_qs);
        html.replace(u" data-footnote-backref "_qs, u" data-footnote-backref=\"\" "_qs);
    }
}

QString redirectPage(const QString &title, const QString &targetUrl, const QString &language)
{
    const QString target = targetUrl.toHtmlEscaped();
    const QString name = title.toHtmlEscaped();
    return u"<!DOCTYPE html>\n<html lang=\""_qs + language.toHtmlEscaped() + u"\"><head><meta charset=\"utf-8\" /><title>"_qs
           + name + u"</title><link rel=\"canonical\" href=\""_qs + target
           + u"\" /><meta name=\"robots\" content=\"noindex\" /><meta http-equiv=\"refresh\" content=\"0; url="_qs
           + target + u"\" /></head><body><p><a href=\""_qs + target + u"\">"_qs + name
           + u"</a></p></body></html>\n"_qs;
}

} // namespace Postwright::SiteHtml
