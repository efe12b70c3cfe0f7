# One run of a libFuzzer target, for ctest: cmake -DFUZZER=... -DTARGET=... -DSEED_CORPUS=...
# -DREGRESSIONS=... -DWORK=... -DSECONDS=... -DSEED=... -DSUPPRESSIONS=... -P RunFuzzer.cmake
# It starts from the seed corpus and the known regressions in a fresh working folder (so a run
# with the same seed explores the same way), and tells how to keep what it found.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
set(inputs ${WORK}/corpus ${SEED_CORPUS})
if(IS_DIRECTORY ${REGRESSIONS})
    list(APPEND inputs ${REGRESSIONS})
endif()
message(STATUS "Fuzzing ${TARGET} for ${SECONDS} s with -seed=${SEED}")
# Leaks are reported (Qt's one-time allocations are suppressed); undefined behaviour aborts.
set(ENV{ASAN_OPTIONS} "detect_leaks=1:abort_on_error=0:symbolize=1")
set(ENV{LSAN_OPTIONS} "suppressions=${SUPPRESSIONS}:print_suppressions=0")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1:halt_on_error=1")
execute_process(
    COMMAND ${FUZZER} -seed=${SEED} -max_total_time=${SECONDS} -timeout=20 -rss_limit_mb=2560
            -max_len=65536 -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${inputs}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output ERROR_VARIABLE output ECHO_OUTPUT_VARIABLE ECHO_ERROR_VARIABLE)
file(GLOB found ${WORK}/artifacts/*)
if(NOT status EQUAL 0 OR found)
    message(FATAL_ERROR
        "fuzz_${TARGET} found a failure (exit ${status}): ${found}\n"
        "Replay it with: ${FUZZER} <file>; then keep it as a regression case:\n"
        "  cp <file> tests/fuzz/regressions/${TARGET}/<what-it-is>\n"
        "and fix the importer until fuzzregression_${TARGET}_<what-it-is> passes.")
endif()

# The figures, as the run's last line.
string(REGEX MATCH "stat::number_of_executed_units: *([0-9]+)" _ "${output}")
set(inputs_run ${CMAKE_MATCH_1})
string(REGEX MATCH "DONE +cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+)" _ "${output}")
message(STATUS "fuzz_${TARGET}: -seed=${SEED}, ${SECONDS} s, ${inputs_run} inputs, "
               "coverage ${CMAKE_MATCH_1} edges / ${CMAKE_MATCH_2} features, "
               "corpus ${CMAKE_MATCH_3} inputs, 0 crashes")
