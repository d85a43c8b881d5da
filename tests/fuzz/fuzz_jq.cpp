// Any (program, answer) pair through the jq isolation: the console's side of the worker protocol must
// hold up against anything a dying worker could write, and a sample of the inputs runs through the
// real incident-console-jq process, which may crash or be killed but must always be reported.
#include "runbook/JqFilter.h"
#include "runbook/JqRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstddef>
#include <cstdint>

namespace {
constexpr int EveryNthThroughTheWorker = 64; // a process per input would be too slow to fuzz
constexpr int FirstThroughTheWorker = 16;    // the seeds always do

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void throughTheWorker(const QString& program, const QByteArray& input)
{
    JqRunner runner;
    JqRun result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&runner, &JqRunner::finished, &loop, [&](quint64, const JqRun& run) {
        result = run;
        done = true;
        loop.quit();
    });
    runner.start(program, input);
    QTimer guard; // the runner's own 2 s limit must end it long before this
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(6000);
    loop.exec();
    check(done);                                                   // never hangs
    check(result.status == JqRun::Ok || !result.error.isEmpty()); // a failure always says why
    check(result.status != JqRun::Unavailable);                    // the worker was found
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // QProcess needs an event loop
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int count = 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QString program = QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline));
    const QByteArray input = newline < 0 ? QByteArray() : bytes.mid(newline + 1);

    // The request: the program alone on the first line, the answer untouched after it.
    const QByteArray request = JqRunner::request(program, input);
    const qsizetype end = request.indexOf('\n');
    check(end > 0 && request.mid(end + 1) == input);
    check(QJsonDocument::fromJson(request.left(end)).object().value(QStringLiteral("program")).toString() == program);

    // Whatever a worker wrote before it died: read as an answer or refused in words.
    const JqRun any = JqRunner::readAnswer(bytes, program);
    check(any.status == JqRun::Ok || (any.status == JqRun::Failed && !any.error.isEmpty()));
    const QString text = QString::fromUtf8(input);
    const QByteArray wellFormed = QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("ok")},
                                                            {QStringLiteral("text"), text}})
                                      .toJson(QJsonDocument::Compact);
    const JqRun ok = JqRunner::readAnswer(wellFormed, program);
    check(ok.status == JqRun::Ok && ok.output == text);

    QString why;
    if ((count < FirstThroughTheWorker || count % EveryNthThroughTheWorker == 0) && JqFilter::isAllowed(program, &why))
        throughTheWorker(program, input);
    ++count;
    return 0;
}
