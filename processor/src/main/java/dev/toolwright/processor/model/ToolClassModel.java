package dev.toolwright.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @Tool} methods, and what its generated dispatcher needs to know.
 *
 * @param element the class
 * @param packageName its package
 * @param dispatcherName the simple name of the generated dispatcher
 * @param hasNoArgConstructor whether the dispatcher can offer a no-argument constructor
 * @param tools its tools, sorted by name
 */
public record ToolClassModel(
    TypeElement element,
    String packageName,
    String dispatcherName,
    boolean hasNoArgConstructor,
    List<ToolModel> tools) {}
