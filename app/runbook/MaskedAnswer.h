#pragma once

#include "Redactor.h"

#include <QByteArray>

// An action's answer as jq and the timeline may see it. JSON is first written out again with no
// escapes it does not need, so a secret the server spelled "s3cr3t\/T0ken" or "\u0073..." is in the
// form the masking looks for; then every secret is masked. Runs on the network worker thread.
namespace MaskedAnswer {
QByteArray of(const QByteArray& body, const Redactor& redactor);
} // namespace MaskedAnswer
