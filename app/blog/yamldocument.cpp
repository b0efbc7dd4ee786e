#include "yamldocument.h"

#include <QCoreApplication>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/node/parse.h>

namespace Postwright {

Result<YAML::Node> loadYamlDocument(const QString &text, const QString &fileName)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return SourceError{fileName, e.mark.line + 1, e.mark.column + 1,
                           QCoreApplication::translate("Postwright::YamlDocument", "Invalid YAML: %1.")
                               .arg(QString::fromStdString(e.msg))};
    }
}

} // namespace Postwright
