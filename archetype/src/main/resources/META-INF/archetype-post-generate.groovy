def project = new File(request.outputDirectory, request.artifactId)

// In batch mode the archetype plugin does not apply validationRegex: check the target name here.
def target = request.properties.get('target')
if (!(target ==~ /([0-9a-zA-Z]-?){1,100}/)) {
  project.deleteDir()
  throw new IllegalArgumentException("-Dtarget=" + target + " is not a gateway target name: use letters, digits and"
      + " single hyphens, no '_' (agents see the tools as <target>___<tool>), e.g. -Dtarget=weather")
}

// Archetypes do not keep file modes: make the Maven Wrapper executable again, so that ./mvnw works.
new File(project, 'mvnw').setExecutable(true, false)
