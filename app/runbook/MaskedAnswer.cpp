#include "MaskedAnswer.h"

#include <simdjson.h>

QByteArray MaskedAnswer::of(const QByteArray& body, const Redactor& redactor)
{
    simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (parser.parse(body.constData(), static_cast<size_t>(body.size())).get(document) != simdjson::SUCCESS)
        return redactor.redact(body); // not one JSON document: masked as it came
    return redactor.redact(QByteArray::fromStdString(simdjson::minify(document)));
}
