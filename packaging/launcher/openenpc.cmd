@echo off
rem OpenENPC launcher (Windows), installed beside openenpc.jar by the build (target\openenpc.cmd).
rem With the CDS archive the build made beside the jar (openenpc.jsa, see packaging\cds\CdsArchive.java)
rem the JVM maps the classes of the start instead of loading them (issue 14). An archive that no longer
rem fits the jar is ignored without a word; without one it is plain java -jar.
rem Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem No parenthesised blocks: a folder such as "C:\Program Files (x86)" would end them early.
setlocal
set "OPENENPC_DIR=%~dp0"
set "OPENENPC_JAVA=java"
if defined JAVA_HOME set "OPENENPC_JAVA=%JAVA_HOME%\bin\java.exe"
rem A command that ends within seconds runs with the client compiler only (see the sh launcher).
set "OPENENPC_JIT="
if /i "%~1"=="scan" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="status" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="diff" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="history" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="import" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="inventory" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="-V" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="--version" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="-h" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="--help" set "OPENENPC_JIT=-XX:TieredStopAtLevel=1"
if not exist "%OPENENPC_DIR%openenpc.jsa" goto plain
"%OPENENPC_JAVA%" %OPENENPC_JIT% "-XX:SharedArchiveFile=%OPENENPC_DIR%openenpc.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%OPENENPC_DIR%openenpc.jar" %*
exit /b %ERRORLEVEL%
:plain
"%OPENENPC_JAVA%" %OPENENPC_JIT% -jar "%OPENENPC_DIR%openenpc.jar" %*
exit /b %ERRORLEVEL%
