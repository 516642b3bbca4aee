package io.reelforge.standalone.cli;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;

/**
 * Makes the commands and option values picocli asks for, as its own default factory does, without that factory's
 * start: it looks for Groovy's {@code Closure}, which MaryTTS puts on the class path, and so starts Groovy's runtime,
 * about 0.15 s of every command (a worker's start included) for a feature no command uses.
 */
public final class CommandFactory implements CommandLine.IFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <K> K create(Class<K> type) throws Exception {
        if (type.isInterface() && Collection.class.isAssignableFrom(type)) {
            return (K) collection(type);
        }
        if (type.isInterface() && Map.class.isAssignableFrom(type)) {
            return (K) (SortedMap.class.isAssignableFrom(type) ? new TreeMap<>() : new LinkedHashMap<>());
        }
        Constructor<K> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Collection<Object> collection(Class<?> type) {
        if (SortedSet.class.isAssignableFrom(type)) {
            return new TreeSet<>();
        }
        if (Set.class.isAssignableFrom(type)) {
            return new LinkedHashSet<>();
        }
        if (Queue.class.isAssignableFrom(type)) {
            return new LinkedList<>();
        }
        return new ArrayList<>();
    }
}
