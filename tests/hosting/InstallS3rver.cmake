# Installs the pinned s3rver into the build tree for tst_s3upload, once.
# cmake -DNPM=<npm or empty> -DPREFIX=<dir> -DVERSION=<x.y.z> -P InstallS3rver.cmake
set(package "${PREFIX}/node_modules/s3rver/package.json")
if(EXISTS "${package}")
    file(READ "${package}" json)
    string(JSON installed GET "${json}" version)
    if(installed STREQUAL VERSION)
        message(STATUS "s3rver ${VERSION} already installed in ${PREFIX}")
        return()
    endif()
endif()
if(NOT NPM)
    message(STATUS "npm not found: s3rver not installed, tst_s3upload will skip")
    return()
endif()
file(MAKE_DIRECTORY "${PREFIX}")
execute_process(
    COMMAND "${NPM}" install --no-audit --no-fund --prefix "${PREFIX}" "s3rver@${VERSION}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm install s3rver@${VERSION} failed (${result})")
endif()
