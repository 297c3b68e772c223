package org.openenpc;

public final class Main {
    public static void main(String[] args) {
        System.out.println("openenpc");
    }
}
