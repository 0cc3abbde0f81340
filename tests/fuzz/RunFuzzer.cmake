# cmake -P RunFuzzer.cmake, two ways:
#  - build: CLANGXX, SOURCE_DIR, BUILD_DIR, GENERATOR, QT6_DIR, TARGETS (comma-
#    separated): configures tests/fuzz as a clang project and builds the targets;
#  - run: NAME, FUZZER, CORPUS, WORK_DIR, SECONDS [, DICT]: runs the fuzzer for
#    SECONDS on a fresh copy of CORPUS in WORK_DIR.
# Fails when the build fails or the fuzzer finds a crash or a broken invariant.

if(DEFINED CLANGXX)
    set(configure_args -S ${SOURCE_DIR} -B ${BUILD_DIR} -G ${GENERATOR}
        -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if(QT6_DIR)
        list(APPEND configure_args -DQt6_DIR=${QT6_DIR})
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} ${configure_args} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "configuring the clang fuzz build failed (${rc})")
    endif()
    string(REPLACE "," ";" targets "${TARGETS}")
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${targets}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "building ${TARGETS} with clang failed (${rc})")
    endif()
    return()
endif()

foreach(var NAME FUZZER CORPUS WORK_DIR SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunFuzzer.cmake: ${var} is not set")
    endif()
endforeach()

# The fuzzer adds what it finds to its corpus: work on a copy, never on the
# seeds in the source tree.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
file(GLOB seeds ${CORPUS}/*)
file(COPY ${seeds} DESTINATION ${WORK_DIR}/corpus)

set(extra_args)
if(DEFINED DICT)
    list(APPEND extra_args -dict=${DICT})
endif()
set(ENV{ASAN_OPTIONS} "abort_on_error=0:detect_leaks=1")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1")
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -max_len=8192 -timeout=10 -rss_limit_mb=2048
            -print_final_stats=1 -artifact_prefix=${WORK_DIR}/artifacts/ ${extra_args}
            ${WORK_DIR}/corpus
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(GLOB crashes ${WORK_DIR}/artifacts/*)
    message(FATAL_ERROR "${NAME} failed (${rc}); reproduce with: ${FUZZER} ${crashes}")
endif()
message(STATUS "${NAME}: no crash in ${SECONDS} s")
