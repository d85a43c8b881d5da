#pragma once

#include "HttpAction.h"
#include "ShellWords.h"

#include <QCoreApplication>
#include <optional>

// Reads an HTTPie command ("http [METHOD] URL [ITEM...]", "https ...") into an HttpAction as HTTPie
// builds the request: Header:value, param==value, field=value and field:=json (a JSON body, or a form
// with --form), -a user:pass, --verify=no, --follow, --timeout. An item or option that reads or writes
// a file (field@file, --download, --output, --session) keeps the command a copy.
class HttpieCommand
{
    Q_DECLARE_TR_FUNCTIONS(HttpieCommand)
public:
    static bool isHttpie(const ShellWords::Parsed& parsed);
    static std::optional<HttpAction> read(const ShellWords::Parsed& parsed, QString* error);
};
