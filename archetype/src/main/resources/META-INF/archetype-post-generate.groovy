// Archetypes do not keep file modes: make the Maven Wrapper executable again, so that ./mvnw works.
def project = new File(request.outputDirectory, request.artifactId)
new File(project, 'mvnw').setExecutable(true, false)
