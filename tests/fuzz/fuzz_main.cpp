// One libFuzzer target: COUNTERPOINT_FUZZ_TARGET names the importer (see FuzzTargets.h).
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return counterpoint::fuzz::initialize() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString target = QStringLiteral(COUNTERPOINT_FUZZ_TARGET);
    static const QString fileName = counterpoint::fuzz::defaultFileName(target);
    // A copy, not QByteArray::fromRawData: Qt may expect the terminating zero a copy has.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Errors are answers too: only a crash, a sanitizer report or a broken promise is a finding.
    (void)counterpoint::fuzz::run(target, input, fileName);
    return 0;
}
