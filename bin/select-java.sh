# Sourced by ./mvnw, ./run-local and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# The machine's default java is 17, so we respect JAVA_HOME only when it is new enough and
# otherwise look in the usual install locations, newest first.

retrotrack_java_major() {
  # Prints the feature version of the JDK at $1 (e.g. 21, 25), or nothing if it is not a JDK.
  [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

retrotrack_select_java() {
  local wanted=21 candidate major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(retrotrack_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* \
                        "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
                        2>/dev/null | sort -rV); do
    major=$(retrotrack_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Retrotrack needs a JDK ${wanted} or newer. JAVA_HOME=${JAVA_HOME:-<unset>} is older or unset and none" >&2
  echo "was found under /usr/lib/jvm or /opt. Install one (e.g. 'apt-get install openjdk-21-jdk-headless')" >&2
  echo "or point JAVA_HOME at it." >&2
  return 1
}

retrotrack_select_java || exit 1

# Maven 3.9's bundled Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every build; the warning is about
# Maven itself, not Retrotrack, so it is silenced for Maven's JVM only.
if [ "$(retrotrack_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
