#include "Localized.h"

#include <QJsonObject>

QString localizedText(const QJsonValue& value, const QString& language)
{
    if (value.isString())
        return value.toString();
    const QJsonObject map = value.toObject();
    if (map.contains(language))
        return map.value(language).toString();
    if (map.contains(QLatin1String("en")))
        return map.value(QLatin1String("en")).toString();
    return map.isEmpty() ? QString() : map.begin().value().toString();
}
