#pragma once

#include "IncidentData.h"

#include <QJsonObject>

// The post-mortem fields as one JSON object: how the store keeps them and how the demo ships them.
namespace PostmortemJson {
QJsonObject toJson(const PostmortemFields& fields);
PostmortemFields fromJson(const QJsonObject& object);
} // namespace PostmortemJson
