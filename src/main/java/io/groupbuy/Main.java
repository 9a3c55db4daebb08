package io.groupbuy;

public final class Main {
    public static void main(String[] args) {
        System.out.println("groupbuy-bot");
    }
}
