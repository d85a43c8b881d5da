#pragma once

#include <QJsonValue>
#include <QString>

// Shipped data carries text as a plain string or as {"en": ..., "ko": ...}; a team's own files may use either.
QString localizedText(const QJsonValue& value, const QString& language);
