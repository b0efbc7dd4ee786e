#include "sourceerror.h"

namespace Postwright {

QString SourceError::toString() const
{
    QString location = file;
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    if (location.isEmpty())
        return message;
    return location + u": " + message;
}

} // namespace Postwright
